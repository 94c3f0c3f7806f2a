// The Solutions tab of a mission: other players' published solutions (sort, filter, vote,
// comment), the unlock that gives the mission's points up, and publishing an accepted Check.
// Notes, comments, code and names are text nodes only (dom.js), never markup.

import {h, clear, playerLink, formatDate} from './dom.js';
import {api, ApiError, rows, session} from './api.js';

const SORTS = [['votes', 'Most votes'], ['newest', 'Newest'], ['shortest', 'Shortest'], ['fastest', 'Fastest']];
const CATEGORIES = [['clear', 'Clear'], ['creative', 'Creative'], ['speedy', 'Speedy'], ['uncategorized', 'Uncategorized']];

/** The panel; call its refresh() after a Check was accepted (the player may now read solutions). */
export function solutionsPanel(slug, mission) {
  const base = '/api/missions/' + encodeURIComponent(slug) + '/solutions';
  const sort = h('select#solutions-sort', {onchange: load}, SORTS.map(([v, t]) => h('option', {value: v}, t)));
  const category = h('select#solutions-category', {onchange: load},
    h('option', {value: ''}, 'Every category'), CATEGORIES.map(([v, t]) => h('option', {value: v}, t)));
  const list = h('div#solutions-list', {'aria-live': 'polite'});
  const panel = h('section#solutions-panel.solutions', {'aria-label': 'Solutions'},
    h('form.filters', {onsubmit: e => e.preventDefault()},
      h('label', {}, 'Sort ', sort), h('label', {}, 'Category ', category)),
    list);

  async function load() {
    if (!session.get()) {
      clear(list).append(h('p', {}, 'Sign in and solve this mission to read the solutions of other players.'));
      return;
    }
    const query = '?size=50&sort=' + sort.value + (category.value ? '&category=' + category.value : '');
    try {
      const page = await api('GET', base + query);
      const items = rows(page);
      clear(list).append(items.length === 0 ? h('p.muted', {}, 'No solution published in this category yet.')
        : h('ol.solution-list', {}, items.map(solutionCard)));
    } catch (error) {
      if (error instanceof ApiError && error.status === 403) {
        clear(list).append(locked(error));
      } else {
        clear(list).append(h('div.alert.error', {role: 'alert'}, error.message || String(error)));
      }
    }
  }

  function locked(error) {
    const button = h('button#unlock-solutions', {type: 'button'}, 'Give up the ' + mission.points + ' points and show the solutions');
    button.addEventListener('click', async () => {
      if (!confirm('You will no longer earn the points of this mission, even if you solve it later. Show the solutions?')) return;
      try {
        const answer = await api('POST', base + '/unlock');
        await load();
        list.prepend(h('p#unlock-message.alert', {role: 'status'}, answer.message));
      } catch (failure) {
        list.append(h('div.alert.error', {role: 'alert'}, failure.message));
      }
    });
    return h('div.solutions-locked', {},
      h('p', {}, 'Solve this mission to read how others solved it. ', h('span.muted', {}, error.problem?.detail || '')),
      button);
  }

  function solutionCard(s) {
    const votes = h('span.votes', {'aria-label': 'votes'}, String(s.votes));
    const me = session.get();
    const own = me && me.name === s.author;
    const up = h('button.vote-up', {type: 'button', title: 'Vote up', 'aria-pressed': String(s.myVote === 1), disabled: own}, '▲');
    const down = h('button.vote-down', {type: 'button', title: 'Vote down', 'aria-pressed': String(s.myVote === -1), disabled: own}, '▼');
    const voteError = h('span.vote-error.muted');
    async function vote(value) {
      const next = Number(s.myVote) === value ? 0 : value;
      try {
        const result = await api('PUT', '/api/solutions/' + s.id + '/vote', {value: next});
        s.myVote = result.myVote;
        votes.textContent = String(result.votes);
        up.setAttribute('aria-pressed', String(result.myVote === 1));
        down.setAttribute('aria-pressed', String(result.myVote === -1));
        voteError.textContent = '';
      } catch (error) {
        voteError.textContent = error.message;
      }
    }
    up.addEventListener('click', () => vote(1));
    down.addEventListener('click', () => vote(-1));
    const comments = h('div.comments');
    const toggle = h('button.link.comments-toggle', {type: 'button'}, 'Comments (' + s.comments + ')');
    toggle.addEventListener('click', () => {
      if (comments.childElementCount) clear(comments); else commentsBlock(s, comments, toggle);
    });
    return h('li.solution-card', {dataset: {id: String(s.id), category: s.category}},
      h('div.solution-head', {},
        h('span.vote-box', {}, up, votes, down),
        playerLink(s.author),
        h('span.badge.category', {}, s.category),
        h('span.muted', {}, s.codeLength + ' characters',
          s.statements !== null && s.statements !== undefined ? ' · ' + s.statements + ' statements' : '',
          ' · ' + formatDate(s.publishedAt)),
        s.hidden ? h('span.badge.hidden', {}, 'hidden') : null,
        voteError),
      s.note ? h('p.solution-note', {}, s.note) : null,
      h('pre.solution-code', {}, h('code', {}, s.code)),
      toggle,
      comments);
  }

  return {element: panel, refresh: load}; // loaded when the tab is opened
}

async function commentsBlock(solution, box, toggle) {
  const url = '/api/solutions/' + solution.id + '/comments';
  const list = h('ul.comment-list');
  const text = h('textarea.comment-text', {rows: 2, maxlength: 2000, 'aria-label': 'Your comment'});
  const status = h('span.muted.comment-status', {role: 'status'});
  const post = h('button.comment-post', {type: 'button'}, 'Comment');
  async function reload() {
    const page = await api('GET', url + '?size=100');
    const items = rows(page);
    toggle.textContent = 'Comments (' + items.length + ')';
    clear(list).append(...items.map(commentItem));
  }
  function commentItem(c) {
    const me = session.get();
    const remove = me && me.name === c.author ? h('button.link.comment-delete', {type: 'button'}, 'Delete') : null;
    if (remove) {
      remove.addEventListener('click', async () => {
        try { await api('DELETE', '/api/comments/' + c.id); await reload(); } catch (e) { status.textContent = e.message; }
      });
    }
    return h('li.comment', {dataset: {id: String(c.id)}},
      playerLink(c.author), ' ', h('span.muted', {}, formatDate(c.createdAt), c.editedAt ? ' (edited)' : ''), ' ',
      remove, h('p.comment-body', {}, c.text));
  }
  post.addEventListener('click', async () => {
    try {
      await api('POST', url, {text: text.value});
      text.value = '';
      status.textContent = '';
      await reload();
    } catch (error) {
      status.textContent = error instanceof ApiError && error.status === 429 && error.retryAfter
        ? 'Too many comments; try again in ' + error.retryAfter + ' s.' : error.message;
    }
  });
  box.append(list, h('div.comment-form', {}, text, post, status));
  try { await reload(); } catch (error) { status.textContent = error.message; }
}

/** Under an accepted Check: publish it in a category, with an optional note. */
export function publishForm(slug, submissionId, onPublished) {
  const category = h('select#publish-category', {}, CATEGORIES.map(([v, t]) => h('option', {value: v}, t)));
  const note = h('input#publish-note', {type: 'text', maxlength: 1000, placeholder: 'A note for the readers (optional)'});
  const status = h('span#publish-status.muted', {role: 'status'});
  const button = h('button#publish-solution', {type: 'button'}, 'Publish this solution');
  button.addEventListener('click', async () => {
    try {
      await api('POST', '/api/missions/' + encodeURIComponent(slug) + '/solutions',
        {submissionId, category: category.value, note: note.value || null});
      status.textContent = 'Published.';
      button.disabled = true;
      onPublished();
    } catch (error) {
      status.textContent = error.message;
    }
  });
  return h('div.publish-form', {}, h('label', {}, 'Share it as ', category), note, button, status);
}
