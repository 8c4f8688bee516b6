import { render } from 'preact';
import { Queue } from '@/components/queue/Queue';
import { keelDb } from '@/utils/db';
import './style.css';

render(<Queue db={keelDb()} />, document.getElementById('app') as HTMLElement);
