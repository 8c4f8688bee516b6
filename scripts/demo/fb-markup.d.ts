// Types for fb-markup.js, which runs in the demo and benchmark pages as plain JS.
export interface DemoComment {
  id: string;
  parentId?: string | null;
  name: string;
  handle: string;
  text: string;
  when?: string;
}
export function commentElement(doc: Document, comment: DemoComment): HTMLElement;
export function renderPost(doc: Document, options: { pageName?: string; postText: string }): HTMLUListElement;
export function appendComment(doc: Document, list: Element, comment: DemoComment): HTMLLIElement;
export function syntheticComments(n: number, startId?: number): Required<DemoComment>[];
