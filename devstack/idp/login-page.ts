/** The IdP's sign-in form: a real HTML form that browsers (and tests) fill and submit. */
import { escapeHtml } from '../http-util.ts';

export function loginPage(action: string, clientId: string, error?: string): string {
  const message = error ? `<p role="alert" class="error">${escapeHtml(error)}</p>` : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Sign in — Tote devstack</title>
  <style>
    body { font-family: system-ui, sans-serif; max-width: 22rem; margin: 3rem auto; }
    label { display: block; margin-top: 1rem; }
    input { width: 100%; padding: .4rem; box-sizing: border-box; }
    button { margin-top: 1.5rem; padding: .5rem 1rem; }
    .error { color: #b00020; }
  </style>
</head>
<body>
  <h1>Sign in</h1>
  <p>to <strong>${escapeHtml(clientId)}</strong> (Tote development identity provider)</p>
  ${message}
  <form method="post" action="${escapeHtml(action)}">
    <label>Email <input type="email" name="email" autocomplete="username" required autofocus></label>
    <label>Password <input type="password" name="password" autocomplete="current-password" required></label>
    <button type="submit">Sign in</button>
  </form>
</body>
</html>`;
}
