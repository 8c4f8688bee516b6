import { render } from 'preact';
import { Options } from '@/components/Options';
import { keelDb } from '@/utils/db';
import '../popup/style.css';
import './style.css';

render(<Options db={keelDb()} />, document.getElementById('app') as HTMLElement);
