// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { type ChipReply, repliesSection, setRepliesSource } from '../../utils/content/chip-replies';
import { repliedWith } from '../../utils/templates/name';

const HOSTILE = '<img src=x onerror="window.pwned=1">';
const REPLY: ChipReply = { id: 't1', name: 'Take a complaint offline', version: 3, text: `Please call us. ${HOSTILE}` };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const buttons = (node: HTMLElement) => [...node.querySelectorAll('button')].filter((b) => !b.hidden);
const byText = (node: HTMLElement, text: string) => {
  const b = buttons(node).find((x) => x.textContent === text);
  if (!b) throw new Error(`no visible button “${text}”; there are: ${buttons(node).map((x) => x.textContent).join(', ')}`);
  return b;
};

afterEach(() => {
  setRepliesSource(null);
  vi.restoreAllMocks();
});

function source(over: Partial<Parameters<typeof setRepliesSource>[0] & object> = {}) {
  const calls = { listed: [] as string[], logged: [] as Array<[string, string]>, undone: [] as number[] };
  setRepliesSource({
    list: async (key) => {
      calls.listed.push(key);
      return [REPLY];
    },
    logged: async (key, reply) => {
      calls.logged.push([key, reply.id]);
      return 42;
    },
    undo: async (seq) => {
      calls.undone.push(seq);
    },
    ...over,
  });
  return calls;
}

describe('the chip’s approved replies', () => {
  test('is not built when nothing can answer', () => {
    expect(repliesSection()).toBeNull();
  });

  test('copying logs nothing; Log reply, shown once copied, records it for the item; Undo takes it back', async () => {
    const calls = source();
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const section = repliesSection();
    if (!section) throw new Error('no section');
    section.load('facebook:7');
    await settle();
    expect(calls.listed).toEqual(['facebook:7']);
    // Page and template text as text only.
    expect(section.node.querySelector('img')).toBeNull();
    expect(section.node.textContent).toContain(HOSTILE);
    expect(buttons(section.node).map((b) => b.textContent)).toEqual(['Copy']);

    byText(section.node, 'Copy').click();
    await settle();
    expect(writeText).toHaveBeenCalledWith(REPLY.text);
    expect(calls.logged).toEqual([]);
    expect(buttons(section.node).map((b) => b.textContent)).toEqual(['Copied ✓', 'Log reply']);

    byText(section.node, 'Log reply').click();
    await settle();
    expect(calls.logged).toEqual([['facebook:7', 't1']]);
    expect(section.node.querySelector('[role="status"]')?.textContent).toBe('Logged as replied ✓');

    byText(section.node, 'Undo').click();
    await settle();
    expect(calls.undone).toEqual([42]);
    expect(section.node.querySelector('[role="status"]')?.textContent).toBe('Undone: not logged as replied.');
    expect(buttons(section.node).map((b) => b.textContent)).toContain('Log reply');
  });

  test('a log that fails says where to record it instead, and can be tried again', async () => {
    let fail = true;
    source({
      logged: async () => {
        if (fail) throw new Error('worker asleep');
        return 7;
      },
    });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => {} }, configurable: true });
    const section = repliesSection();
    section?.load('facebook:7');
    await settle();
    if (!section) throw new Error('no section');
    byText(section.node, 'Copy').click();
    await settle();
    byText(section.node, 'Log reply').click();
    await settle();
    expect(section.node.querySelector('[role="status"]')?.textContent).toBe('Keel could not log it: mark it in the popup.');
    fail = false;
    const again = byText(section.node, 'Log reply');
    expect(again.disabled).toBe(false);
    again.click();
    await settle();
    expect(section.node.querySelector('[role="status"]')?.textContent).toBe('Logged as replied ✓');
  });

  test('the log says which reply and which version, as the popup does', () => {
    expect(repliedWith(REPLY)).toBe('With template “Take a complaint offline” v3');
  });
});
