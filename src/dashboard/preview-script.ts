/**
 * The one script of the dashboard, served as a file (the CSP allows no
 * inline script): the DM and announcement previews follow the text as it
 * is typed. Progressive enhancement only: without it, "Preview messages"
 * shows the same previews after a round trip. The server returns the
 * preview as escaped HTML, so it can be put in place as is.
 */
export const previewScript = `'use strict';
(() => {
  const form = document.querySelector('form[data-preview-url]');
  if (!form || !window.fetch) return;
  const url = form.getAttribute('data-preview-url');
  const csrf = form.querySelector('input[name=_csrf]').value;
  for (const [field, kind] of [['dmTemplate', 'dm'], ['announceTemplate', 'announcement']]) {
    const input = document.getElementById(field);
    const target = document.getElementById('preview-' + kind);
    if (!input || !target) continue;
    let timer;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const language = document.getElementById('language');
        const body = new URLSearchParams({ _csrf: csrf, kind, template: input.value, language: language ? language.value : '' });
        const response = await fetch(url, { method: 'POST', body, credentials: 'same-origin' });
        if (response.ok) target.innerHTML = await response.text();
      }, 300);
    });
  }
})();
`;
