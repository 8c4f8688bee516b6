import { render } from 'preact';
import { Popup } from '@/components/Popup';
import { Settle } from '@/components/Settle';
import { keelDb } from '@/utils/db';
import './style.css';

// Settle: the popup shows once its sections have read what they need, with no jumps on the way.
render(
  <Settle>
    <Popup db={keelDb()} />
  </Settle>,
  document.getElementById('app') as HTMLElement,
);
