// Rendering of a graded submission: the verdict, what it means, and each test.
// Public tests show input, expected, actual and printed output; hidden tests show only their
// category and verdict, because that is all the API reveals about them.

import {h, pyRepr} from './dom.js';

// Same wording as dev.sandcastle.sandbox.Verdict, plus what a player can do about it.
export const VERDICTS = {
  ACCEPTED: {title: 'Accepted', text: 'All tests passed.'},
  WRONG_ANSWER: {title: 'Wrong answer', text: 'The result is not the expected one.'},
  RUNTIME_ERROR: {title: 'Runtime error', text: 'The program raised an exception.'},
  TIME_LIMIT_EXCEEDED: {title: 'Time limit exceeded', text: 'The program ran out of time. Look for an endless loop or a faster algorithm.'},
  MEMORY_LIMIT_EXCEEDED: {title: 'Memory limit exceeded', text: 'The program used too much memory. Build smaller structures or stream the work.'},
  OUTPUT_LIMIT_EXCEEDED: {title: 'Output limit exceeded', text: 'The program printed too much. Return the answer instead of printing it.'},
  POLICY_VIOLATION: {title: 'Not allowed', text: 'The program used something this mission does not allow (a blocked import, builtin or introspection).'},
  SYNTAX_ERROR: {title: 'Syntax error', text: 'The program is not valid Python.'},
  INTERNAL_ERROR: {title: 'Grader error', text: 'The grader failed; this is not your fault. Try again.'},
};

// The server's generic wording of a verdict adds nothing next to the verdict itself.
function saysOnlyTheVerdict(message, verdict) {
  const info = VERDICTS[verdict];
  return Boolean(info) && info.text.startsWith(String(message).trim());
}

export function verdictTitle(verdict) {
  return (VERDICTS[verdict] || {title: String(verdict || 'Pending')}).title;
}

export function renderSubmission(submission, mission, {partial = false} = {}) {
  const tests = submission.tests || [];
  const verdict = submission.verdict;
  const info = VERDICTS[verdict] || null;
  const passed = tests.filter(t => t.verdict === 'ACCEPTED').length;
  const mode = String(submission.mode || '').toLowerCase();
  const firstMessage = [submission.message, ...tests.filter(t => t.verdict !== 'ACCEPTED').map(t => t.message)]
    .find(m => m && !saysOnlyTheVerdict(m, verdict));

  const banner = partial || !verdict ? null : h('div.verdict' + (verdict === 'ACCEPTED' ? '.ok' : '.bad'),
    {id: 'verdict', role: 'alert', dataset: {verdict}},
    h('strong', {}, info ? info.title : verdict),
    h('span', {}, ' — ', info ? info.text : ''),
    firstMessage && !tests.some(t => isPublic(t) && t.message === firstMessage) ? h('pre.message', {}, firstMessage) : null,
    mode === 'run' && verdict === 'ACCEPTED'
      ? h('p.hint', {}, 'The examples pass. Press Check to grade against all tests and earn the points.') : null);

  const facts = [];
  if (tests.length) facts.push(passed + '/' + tests.length + ' tests passed');
  if (submission.score !== undefined && submission.score !== null && mode === 'check') facts.push('score ' + submission.score);
  if (submission.cpuMs !== undefined && submission.cpuMs !== null) facts.push(submission.cpuMs + ' ms CPU');
  if (submission.statements > 0) facts.push(submission.statements + ' statements');
  if (submission.codeLength) facts.push(submission.codeLength + ' characters of code');

  return h('div.submission', {dataset: {id: submission.id, status: submission.status || ''}},
    banner,
    facts.length ? h('p.facts.muted', {}, facts.join(' · ')) : null,
    h('ol.tests', {}, numbered(tests).map(([test, number]) => renderTest(test, number, mission))));
}

/** The API may call the flag "public" or "isPublic" (a Java record component). */
export function isPublic(test) {
  return Boolean(test.public ?? test.isPublic);
}

// Test indexes count all of a mission's tests; players see examples and hidden tests numbered apart.
function numbered(tests) {
  let examples = 0;
  let hidden = 0;
  return [...tests].sort((a, b) => a.index - b.index)
    .map(test => [test, isPublic(test) ? ++examples : ++hidden]);
}

function renderTest(test, number, mission) {
  const ok = test.verdict === 'ACCEPTED';
  const head = h('div.test-head', {},
    h('span.mark', {'aria-hidden': 'true'}, test.verdict ? (ok ? '✔' : '✘') : '…'),
    h('span', {}, (isPublic(test) ? 'Example ' : 'Hidden test ') + number),
    test.category ? h('span.tag', {}, test.category) : null,
    h('span.test-verdict', {}, test.verdict ? verdictTitle(test.verdict) : 'pending'),
    test.cpuMs !== undefined && test.cpuMs !== null ? h('span.muted', {}, test.cpuMs + ' ms') : null);
  const item = h('li.test' + (ok ? '.ok' : test.verdict ? '.bad' : '') + (isPublic(test) ? '.public' : '.hidden'),
    {dataset: {index: test.index, verdict: test.verdict || ''}}, head);
  if (isPublic(test)) {
    const rows = [
      ['Call', 'call', callText(mission, test.args)],
      ['Expected', 'expected', 'expected' in test ? pyRepr(test.expected) : null],
      ['Actual', 'actual', 'actual' in test && test.verdict !== 'RUNTIME_ERROR' && test.actual !== undefined ? pyRepr(test.actual) : null],
      ['Printed', 'stdout', test.stdout ? test.stdout : null],
      ['Message', 'message', test.message && !saysOnlyTheVerdict(test.message, test.verdict) ? test.message : null],
    ].filter(([, , value]) => value !== null);
    item.append(h('dl.test-detail', {}, rows.map(([name, key, value]) => [
      h('dt', {}, name),
      h('dd', {}, h('pre', {class: 'value-' + key}, value)),
    ])));
  } else if (test.message && !ok && !saysOnlyTheVerdict(test.message, test.verdict)) {
    item.append(h('p.muted', {}, test.message));
  }
  return item;
}

export function callText(mission, args) {
  return (mission.entryPoint || 'f') + '(' + (args || []).map(pyRepr).join(', ') + ')';
}
