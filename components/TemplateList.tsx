import { useState } from 'preact/hooks';
import type { WorkspaceProfile } from '@/utils/model';
import type { ReplyTemplate } from '@/utils/templates/builtin';
import { fillTemplate } from '@/utils/templates/fill';

function TemplateCard({ template, profile }: { template: ReplyTemplate; profile: WorkspaceProfile }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const { text } = fillTemplate(template.body, profile);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <li class="tpl" data-template={template.id}>
      <div class="tpl-head">
        <strong>{template.name}</strong>
        {template.example ? <span class="tag">Example</span> : null}
      </div>
      <p class="tpl-when">{template.scenario}</p>
      <p class="tpl-text">{text}</p>
      <button type="button" class="copy" onClick={copy} aria-label={`Copy reply: ${template.name}`}>
        {status === 'copied' ? 'Copied ✓' : status === 'failed' ? 'Copy failed: select the text' : 'Copy'}
      </button>
    </li>
  );
}

export function TemplateList({ templates, profile }: { templates: readonly ReplyTemplate[]; profile: WorkspaceProfile }) {
  return (
    <ul class="tpls">
      {templates.map((t) => (
        <TemplateCard key={t.id} template={t} profile={profile} />
      ))}
    </ul>
  );
}
