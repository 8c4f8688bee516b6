/** Every key of the queue, always on screen, in the few lines a narrow panel can spare. */
import { KEYMAP, keyName } from '@/utils/queue/keys';

const GROUPS: { title: string; types: string[] }[] = [
  { title: 'Move', types: ['move', 'open'] },
  { title: 'Label', types: ['label'] },
  { title: 'Done', types: ['capture', 'mark'] },
  { title: 'More', types: ['author', 'cancel', 'undo'] },
];

export function KeyLegend() {
  return (
    <section class="q-legend" aria-labelledby="q-keys-h">
      <h2 id="q-keys-h">Keys</h2>
      {GROUPS.map((g) => (
        <div key={g.title} class="q-keys">
          <h3 class="q-keys-h">{g.title}</h3>
          <dl>
            {KEYMAP.filter((h) => g.types.includes(h.command.type)).map((h) => (
              <div key={h.text} class="q-key">
                <dt>
                  {h.keys.map((k) => (
                    <kbd key={k}>{keyName(k)}</kbd>
                  ))}
                </dt>
                <dd>{h.text}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </section>
  );
}
