// The mission page: statement, editor, Run / Check, live grading progress and per-test results.

import {h, clear, pyRepr} from '../dom.js';
import {api, ApiError, parseJson, session} from '../api.js';
import {renderMarkdown} from '../markdown.js';
import {createEditor} from '../editor.js';
import {label} from './missions.js';
import {renderSubmission, callText} from '../results.js';
import {solutionsPanel, publishForm} from '../solutions.js';

const DRAFT_PREFIX = 'sandcastle.draft.';

export async function missionPage([slug], {onLeave, isCurrent, query}) {
  const mission = await api('GET', '/api/missions/' + encodeURIComponent(slug));
  const starter = mission.starterCode ?? mission.starter ?? defaultStarter(mission);
  const draftKey = DRAFT_PREFIX + slug;
  const savedDraft = readDraft(draftKey);

  const status = h('p#grading-status.status', {role: 'status', 'aria-live': 'polite'});
  const results = h('div#results.results', {'aria-live': 'polite'});
  const runButton = h('button#run.primary', {type: 'button', title: 'Run the public tests (Ctrl/Cmd+Enter)'}, 'Run');
  const checkButton = h('button#check', {type: 'button', title: 'Check against all tests (Ctrl/Cmd+Shift+Enter)'}, 'Check');
  const resetButton = h('button#reset.link', {type: 'button', title: 'Put the starter code back'}, 'Reset code');
  const editorHost = h('div.editor-host', {id: 'editor'});

  let controller = null;
  // Ctrl/Cmd+Enter works anywhere on the page, not only inside the editor.
  const onKey = event => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.defaultPrevented
        && !event.target.closest('.CodeMirror, textarea')) {
      event.preventDefault();
      submit(event.shiftKey ? 'check' : 'run');
    }
  };
  document.addEventListener('keydown', onKey);
  onLeave(() => {
    document.removeEventListener('keydown', onKey);
    if (controller) controller.abort();
  });

  const editor = createEditor(editorHost, savedDraft ?? starter, {
    onRun: () => submit('run'),
    onCheck: () => submit('check'),
    onEscape: () => runButton.focus(),
    onChange: code => writeDraft(draftKey, code === starter ? null : code),
  });

  runButton.addEventListener('click', () => submit('run'));
  checkButton.addEventListener('click', () => submit('check'));
  resetButton.addEventListener('click', () => {
    if (editor.getValue() === starter || confirm('Replace your code with the starter code?')) {
      editor.setValue(starter);
      writeDraft(draftKey, null);
      editor.focus();
    }
  });

  async function submit(mode) {
    if (runButton.disabled) return;
    if (!session.get()) {
      status.className = 'status';
      clear(status).append('Sign in to run your code: ',
        h('a', {href: '#/signin?return=' + encodeURIComponent('#/missions/' + slug)}, 'sign in'), ' or ',
        h('a', {href: '#/signup?return=' + encodeURIComponent('#/missions/' + slug)}, 'create an account'), '.');
      return;
    }
    runButton.disabled = checkButton.disabled = true;
    controller = new AbortController();
    const started = Date.now();
    const modeText = mode === 'check' ? 'Checking' : 'Running';
    let last = null;
    const tick = setInterval(() => showProgress(last), 1000);
    function showProgress(submission) {
      const seconds = Math.floor((Date.now() - started) / 1000);
      let text = modeText + '… ';
      if (!submission || submission.status === 'QUEUED') text += 'waiting for a grader';
      else if (submission.status === 'RUNNING') {
        const done = (submission.tests || []).filter(t => t.verdict).length;
        text += 'running tests' + (done ? ' (' + done + ' done)' : '');
      }
      status.className = 'status busy';
      status.textContent = text + ' · ' + seconds + ' s';
    }
    showProgress(null);
    clear(results);
    try {
      const response = await api('POST', '/api/missions/' + encodeURIComponent(slug) + '/submissions',
        {code: editor.getValue(), mode}, {raw: true, signal: controller.signal});
      const created = await response.text().then(parseJson).catch(() => null);
      const location = sameOriginPath(response.headers.get('Location'))
        ?? (created && created.id !== undefined ? '/api/submissions/' + encodeURIComponent(created.id) : null);
      if (!location) throw new Error('The server did not say where to find the submission.');
      last = created && created.status ? created : null;
      while (!last || last.status !== 'DONE') {
        last = await api('GET', location + (location.includes('?') ? '&' : '?') + 'wait=5', undefined, {signal: controller.signal});
        if (!isCurrent()) return;
        showProgress(last);
        if (last.status !== 'DONE' && last.tests && last.tests.length) {
          clear(results).append(renderSubmission(last, mission, {partial: true}));
        }
      }
      status.className = 'status';
      status.textContent = (mode === 'check' ? 'Checked' : 'Ran') + ' in ' + ((Date.now() - started) / 1000).toFixed(1) + ' s.';
      clear(results).append(renderSubmission(last, mission));
      if (mode === 'check' && last.verdict === 'ACCEPTED') {
        results.append(publishForm(slug, last.id, () => solutions.refresh()));
        solutions.refresh();
      }
    } catch (error) {
      if (error.name === 'AbortError') return;
      status.className = 'status';
      status.textContent = '';
      clear(results).append(h('div.alert.error', {role: 'alert'}, submitError(error)));
    } finally {
      clearInterval(tick);
      runButton.disabled = checkButton.disabled = false;
      controller = null;
    }
  }

  const solutions = solutionsPanel(slug, mission);
  const missionTab = h('button#tab-mission', {type: 'button', role: 'tab'}, 'Mission');
  const solutionsTab = h('button#tab-solutions', {type: 'button', role: 'tab'}, 'Solutions');
  let columns = null;
  function showTab(name) {
    const onSolutions = name === 'solutions';
    missionTab.setAttribute('aria-selected', String(!onSolutions));
    solutionsTab.setAttribute('aria-selected', String(onSolutions));
    columns.hidden = onSolutions;
    solutions.element.hidden = !onSolutions;
    if (onSolutions) solutions.refresh(); else editor.refresh();
  }
  missionTab.addEventListener('click', () => showTab('mission'));
  solutionsTab.addEventListener('click', () => showTab('solutions'));

  const examples = (mission.examples || mission.publicTests || mission.tests || []).filter(t => t.public !== false);
  const page = h('article.mission-page', {dataset: {slug}},
    h('header.mission-head', {},
      h('p.crumbs', {}, h('a', {href: '#/'}, 'Islands'), ' / ', mission.island || ''),
      h('h1', {}, mission.title || slug),
      h('p.meta', {},
        h('span.badge.' + String(mission.difficulty || '').toLowerCase(), {}, label(mission.difficulty)),
        mission.points !== undefined ? h('span.points', {}, mission.points + ' pts') : null,
        (mission.tags || []).map(t => h('a.tag', {href: '#/?tag=' + encodeURIComponent(t)}, t)),
        h('a.board-link', {href: '#/missions/' + encodeURIComponent(slug) + '/leaderboard'}, 'Leaderboard')),
      h('div.tabs#mission-tabs', {role: 'tablist'}, missionTab, solutionsTab)),
    columns = h('div.mission-columns', {},
      h('section.statement', {'aria-label': 'Statement'},
        h('div#description.markdown', {}, renderMarkdown(withoutTitle(mission.description || '', mission.title))),
        examples.length ? h('details.examples', {},
          h('summary', {}, 'Run uses these ' + examples.length + ' examples'),
          h('ul', {}, examples.map(t => h('li', {}, h('code', {}, callText(mission, t.args) + ' == ' + pyRepr(t.expected)))))) : null,
        rules(mission)),
      h('section.workbench', {'aria-label': 'Your solution'},
        h('div.editor-label', {},
          h('span', {}, 'Your solution', mission.entryPoint ? ' · define ' : '', mission.entryPoint ? h('code', {}, mission.entryPoint) : null),
          resetButton),
        editorHost,
        h('div.actions', {}, runButton, checkButton,
          h('span.muted.keys', {}, h('kbd', {}, 'Ctrl'), '+', h('kbd', {}, 'Enter'), ' runs · ',
            h('kbd', {}, 'Ctrl'), '+', h('kbd', {}, 'Shift'), '+', h('kbd', {}, 'Enter'), ' checks · ',
            h('kbd', {}, 'Esc'), ' leaves the editor')),
        status,
        results)),
    solutions.element);
  solutions.element.hidden = true;
  missionTab.setAttribute('aria-selected', 'true');
  if (query && query.get('tab') === 'solutions') showTab('solutions');
  // No draft in this browser: start from the player's latest submission, if any (another device).
  if (savedDraft === null && session.get()) {
    latestCode(slug).then(code => {
      if (code && isCurrent() && editor.getValue() === starter) editor.setValue(code);
    }).catch(() => { /* the starter code is a fine start */ });
  }
  // CodeMirror measures itself; refresh once the page is in the document.
  document.addEventListener('sandcastle:rendered', () => editor.refresh(), {once: true});
  return page;
}

/** What Check will run and under which limits, so a limit verdict is never a surprise. */
function rules(mission) {
  const items = [];
  const hidden = mission.hiddenTests && typeof mission.hiddenTests === 'object' ? Object.entries(mission.hiddenTests) : [];
  if (hidden.length) {
    items.push(['Hidden tests', hidden.map(([category, count]) => count + ' ' + category).join(', ')]);
  }
  const checker = mission.checker || {};
  if (checker.type === 'float') items.push(['Answers', 'compared as floats (tolerance ' + (checker.absTolerance ?? 1e-9) + ')']);
  else if (checker.type === 'unordered') items.push(['Answers', 'a list in any order']);
  else if (checker.type === 'custom') items.push(['Answers', 'checked by the mission\'s own checker']);
  const limits = mission.limits || {};
  if (limits.cpuMsPerTest) items.push(['Time', limits.cpuMsPerTest + ' ms CPU per test, ' + limits.cpuMsPerSubmission + ' ms in all']);
  if (limits.memoryBytes) items.push(['Memory', bytes(limits.memoryBytes)]);
  if (limits.outputBytes) items.push(['Printed output', bytes(limits.outputBytes)]);
  if (limits.codeBytes) items.push(['Code size', bytes(limits.codeBytes)]);
  if (limits.recursionDepth) items.push(['Recursion depth', String(limits.recursionDepth)]);
  if ((mission.extraImports || []).length) items.push(['Extra imports', mission.extraImports.join(', ')]);
  if (!items.length) return null;
  return h('details.rules', {},
    h('summary', {}, 'Rules and limits'),
    h('dl.facts-grid', {}, items.map(([key, value]) => [h('dt', {}, key), h('dd', {}, value)])));
}

// Statements usually open with the mission's title, which the page already shows as its heading.
function withoutTitle(markdown, title) {
  const match = markdown.match(/^\s*#\s+(.*)\n/);
  return match && title && match[1].trim() === title.trim() ? markdown.slice(match[0].length) : markdown;
}

function bytes(n) {
  const value = Number(n);
  if (value >= 1 << 20) return Math.round(value / (1 << 20)) + ' MB';
  if (value >= 1 << 10) return Math.round(value / (1 << 10)) + ' KB';
  return value + ' bytes';
}

function submitError(error) {
  if (error instanceof ApiError && error.status === 429) {
    const wait = Number(error.retryAfter);
    return 'You already have submissions waiting to be graded. '
      + (wait > 0 ? 'Try again in ' + wait + ' s.' : 'Try again in a moment.');
  }
  if (error instanceof ApiError && error.status === 413) return 'Your code is too long for this mission.';
  return error.message || String(error);
}

function sameOriginPath(location) {
  if (!location) return null;
  const url = new URL(location, window.location.origin);
  return url.origin === window.location.origin ? url.pathname + url.search : null;
}

async function latestCode(slug) {
  const history = await api('GET', '/api/players/me/submissions?size=1&mission=' + encodeURIComponent(slug));
  const latest = (history && history.items || [])[0];
  if (!latest) return null;
  const submission = await api('GET', '/api/submissions/' + encodeURIComponent(latest.id));
  return typeof submission.code === 'string' ? submission.code : null;
}

function defaultStarter(mission) {
  const name = mission.entryPoint || 'solve';
  return 'def ' + name + '(*args):\n    # your code here\n    return None\n';
}

function readDraft(key) {
  try { return localStorage.getItem(key); } catch (ignored) { return null; }
}

function writeDraft(key, code) {
  try {
    if (code === null) localStorage.removeItem(key); else localStorage.setItem(key, code);
  } catch (ignored) { /* storage full or disabled: drafts are a convenience */ }
}
