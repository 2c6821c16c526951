import type { AuthService } from '../identity/auth-service.ts';
import type { Handler } from '../router.ts';

export function authStatusHandler(auth: AuthService): Handler<'auth.status'> {
  return () => auth.status();
}

export function signInHandler(auth: AuthService): Handler<'auth.signIn'> {
  return () => auth.signIn();
}

export function signOutHandler(auth: AuthService): Handler<'auth.signOut'> {
  return () => auth.signOut();
}

export function staySignedInHandler(auth: AuthService): Handler<'auth.setStaySignedIn'> {
  return ({ on }) => auth.setStaySignedIn(on);
}
