import { render } from 'preact';
import { Popup } from '@/components/Popup';
import { keelDb } from '@/utils/db';
import './style.css';

render(<Popup db={keelDb()} />, document.getElementById('app') as HTMLElement);
