/** A file input styled as a button: picks one file, then clears itself so the same file can be picked again. */
export function FilePicker({
  label,
  accept = '.json,application/json',
  onFile,
}: {
  label: string;
  accept?: string;
  onFile: (file: File) => void;
}) {
  return (
    <label class="secondary file">
      {label}
      <input
        type="file"
        accept={accept}
        onChange={(e) => {
          const input = e.target as HTMLInputElement;
          const file = input.files?.[0];
          input.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
