import { render } from 'preact';
import { ReportPage } from '@/components/report/ReportPage';
import { keelDb } from '@/utils/db';
import '../popup/style.css';
import './style.css';

render(<ReportPage db={keelDb()} search={location.search} />, document.getElementById('app') as HTMLElement);
