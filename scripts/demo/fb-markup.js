// Builds Facebook-like Page-post comment markup with DOM APIs, for the demo page
// and the benchmark. Same structure as tests/fixtures/facebook/page-post.html
// (see ../shared/docs/PLATFORMS.md §2). Runs in the page, not in the extension.

const POST = 'https://www.facebook.com/HarboursideDental/posts/pfbid02Xk7Lm9';

function el(doc, tag, attrs = {}, text) {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One comment (or reply, when `parentId` is set) as Facebook renders it. */
export function commentElement(doc, { id, parentId = null, name, handle, text, when = 'Just now' }) {
  const label = parentId ? `Reply by ${name} to a comment ${when}` : `Comment by ${name} ${when}`;
  const article = el(doc, 'div', { role: 'article', 'aria-label': label, tabindex: '-1', class: 'x1n2onr6 x1iorvi4' });
  const profile = `https://www.facebook.com/${handle}?__cft__[0]=AZ${id}&__tn__=R]-R`;
  const bubble = el(doc, 'div', { class: 'xcomment' });
  const nameWrap = el(doc, 'span', { class: 'x3nfvp2' });
  const nameLink = el(doc, 'a', { href: profile, role: 'link', tabindex: '0' });
  nameLink.append(el(doc, 'span', { dir: 'auto', class: 'x193iq5w' }, name));
  nameWrap.append(nameLink);
  const body = el(doc, 'div', { dir: 'auto', class: 'x1lliihq xjkvuk6' });
  body.append(el(doc, 'div', { dir: 'auto', style: 'text-align:start' }, text));
  bubble.append(nameWrap, body);
  const meta = el(doc, 'ul', { class: 'xmeta' });
  const query = parentId ? `comment_id=${parentId}&reply_comment_id=${id}` : `comment_id=${id}`;
  const timeItem = el(doc, 'li');
  timeItem.append(el(doc, 'a', { href: `${POST}?${query}&__cft__[0]=AZ${id}`, role: 'link', tabindex: '0' }, when === 'Just now' ? '1m' : when));
  const like = el(doc, 'li');
  like.append(el(doc, 'div', { role: 'button', tabindex: '0' }, 'Like'));
  const reply = el(doc, 'li');
  reply.append(el(doc, 'div', { role: 'button', tabindex: '0' }, 'Reply'));
  meta.append(timeItem, like, reply);
  article.append(bubble, meta);
  return article;
}

/** The post dialog: header, post text, an empty comment list and the composer. Returns the list. */
export function renderPost(doc, { pageName = 'Harbourside Dental', postText }) {
  const dialog = el(doc, 'div', { role: 'dialog', 'aria-modal': 'true', 'aria-label': `${pageName}'s post` });
  const post = el(doc, 'div', { role: 'article', 'aria-posinset': '1' });
  const head = el(doc, 'h2');
  head.append(el(doc, 'a', { href: 'https://www.facebook.com/HarboursideDental', role: 'link' }, pageName));
  const story = el(doc, 'div', { 'data-ad-rendering-role': 'story_message' });
  story.append(el(doc, 'div', { dir: 'auto' }, postText));
  const list = el(doc, 'ul', { class: 'x1n2onr6 xcomments' });
  const composer = el(doc, 'div', {
    role: 'textbox',
    contenteditable: 'true',
    'data-lexical-editor': 'true',
    'aria-label': `Comment as ${pageName}`,
    class: 'xcomposer',
  });
  post.append(head, story, list, composer);
  dialog.append(post);
  doc.body.append(dialog);
  return list;
}

export function appendComment(doc, list, comment) {
  const li = el(doc, 'li');
  li.append(commentElement(doc, comment));
  list.append(li);
  return li;
}

const FIRST = ['Alex', 'Sam', 'Jo', 'Riley', 'Morgan', 'Casey', 'Quinn', 'Avery', 'Robin', 'Drew', 'Kai', 'Noa'];
const LAST = ['Hollis', 'Varga', 'Okoro', 'Lindahl', 'Serrano', 'Pike', 'Mbeki', 'Dunmore', 'Ferris', 'Tan'];
const TEXTS = [
  'I waited forty minutes past my appointment time and nobody told me why.',
  'Are you open on Saturdays for a cleaning?',
  'Boycott this place. Fire her now! #JusticeForMaple',
  'Best team in town, thank you Dr. Okafor!',
  'You people are pathetic clowns.',
  'Check my profile for cheap followers www.fast-fans.example',
  'My filling came out after a week, who do I call?',
  'Watch your back. We know where you live.',
  'Hmm.',
  'Leave them alone, these reviews are fake.',
];

/** `n` varied comments with stable ids, for benchmarks. */
export function syntheticComments(n, startId = 500000) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const first = FIRST[i % FIRST.length];
    const last = LAST[(i * 7) % LAST.length];
    out.push({
      id: String(startId + i),
      parentId: i % 5 === 4 ? String(startId + i - 1) : null,
      name: `${first} ${last}`,
      handle: `${first}.${last}.${i}`.toLowerCase(),
      text: `${TEXTS[i % TEXTS.length]} (${i})`,
      when: `${(i % 59) + 1}m`,
    });
  }
  return out;
}
