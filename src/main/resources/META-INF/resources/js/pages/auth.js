// Sign-up and sign-in. A new account is signed in straight away with a fresh token.

import {h} from '../dom.js';
import {api, basicAuth, session} from '../api.js';

export async function signInPage(params, {query}) {
  return authForm({
    title: 'Sign in',
    submitLabel: 'Sign in',
    other: h('p', {}, 'New here? ', h('a', {href: '#/signup' + returnSuffix(query)}, 'Create an account')),
    action: (name, password) => signIn(name, password),
    query,
  });
}

export async function signUpPage(params, {query}) {
  return authForm({
    title: 'Create an account',
    submitLabel: 'Sign up',
    other: h('p', {}, 'Already playing? ', h('a', {href: '#/signin' + returnSuffix(query)}, 'Sign in')),
    action: async (name, password) => {
      await api('POST', '/api/players', {name, password});
      await signIn(name, password);
    },
    query,
  });
}

async function signIn(name, password) {
  const issued = await api('POST', '/api/tokens', undefined, {headers: {Authorization: basicAuth(name, password)}});
  session.set({name, token: issued.token, expiresAt: issued.expiresAt || null});
}

function returnSuffix(query) {
  const back = query.get('return');
  return back ? '?return=' + encodeURIComponent(back) : '';
}

function authForm({title, submitLabel, other, action, query}) {
  const name = h('input', {id: 'name', name: 'name', autocomplete: 'username', required: true, maxlength: 64,
    autocapitalize: 'off', spellcheck: 'false'});
  const password = h('input', {id: 'password', name: 'password', type: 'password', required: true,
    autocomplete: submitLabel === 'Sign up' ? 'new-password' : 'current-password'});
  const message = h('div', {role: 'alert', 'aria-live': 'assertive'});
  const button = h('button.primary', {type: 'submit', id: 'auth-submit'}, submitLabel);
  const form = h('form.card.narrow', {
    onsubmit: async event => {
      event.preventDefault();
      button.disabled = true;
      message.className = '';
      message.textContent = '';
      try {
        await action(name.value.trim(), password.value);
        const back = query.get('return');
        // Only go back to a page of this app.
        location.hash = back && back.startsWith('#/') ? back : '#/';
      } catch (error) {
        message.className = 'alert error';
        message.textContent = error.message;
      } finally {
        button.disabled = false;
      }
    },
  },
  h('h1', {}, title),
  h('label', {for: 'name'}, 'Name'), name,
  h('label', {for: 'password'}, 'Password'), password,
  message,
  h('div.actions', {}, button),
  other);
  setTimeout(() => name.focus(), 0);
  return form;
}
