// The code editor: CodeMirror 5 (served from the org.mvnpm:codemirror jar) with Python mode.
// Falls back to a plain textarea only if the editor script failed to load, so the page stays usable.

export function createEditor(host, initial, {onRun, onCheck, onEscape, onChange}) {
  const CodeMirror = window.CodeMirror;
  if (!CodeMirror) return textareaEditor(host, initial, {onRun, onCheck, onChange});
  const run = () => { onRun(); };
  const check = () => { onCheck(); };
  const cm = CodeMirror(host, {
    value: initial,
    mode: {name: 'python', version: 3},
    lineNumbers: true,
    indentUnit: 4,
    tabSize: 4,
    indentWithTabs: false,
    matchBrackets: true,
    autoCloseBrackets: true,
    viewportMargin: Infinity,
    screenReaderLabel: 'Python code editor',
    extraKeys: {
      'Ctrl-Enter': run,
      'Cmd-Enter': run,
      'Shift-Ctrl-Enter': check,
      'Shift-Cmd-Enter': check,
      'Ctrl-/': 'toggleComment',
      'Cmd-/': 'toggleComment',
      // Tab indents with spaces (Python); Esc hands keyboard focus back to the page.
      Tab: editor => editor.somethingSelected() ? editor.indentSelection('add') : editor.replaceSelection('    ', 'end'),
      'Shift-Tab': editor => editor.indentSelection('subtract'),
      Esc: () => onEscape && onEscape(),
    },
  });
  cm.on('change', () => onChange && onChange(cm.getValue()));
  return {
    getValue: () => cm.getValue(),
    setValue: value => cm.setValue(value),
    focus: () => cm.focus(),
    refresh: () => cm.refresh(),
  };
}

function textareaEditor(host, initial, {onRun, onCheck, onChange}) {
  const area = document.createElement('textarea');
  area.className = 'plain-editor';
  area.spellcheck = false;
  area.value = initial;
  area.setAttribute('aria-label', 'Python code editor');
  area.addEventListener('input', () => onChange && onChange(area.value));
  area.addEventListener('keydown', event => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      (event.shiftKey ? onCheck : onRun)();
    }
  });
  host.append(area);
  return {
    getValue: () => area.value,
    setValue: value => { area.value = value; },
    focus: () => area.focus(),
    refresh: () => {},
  };
}
