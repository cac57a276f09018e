/** Public face of features/auth: import it only through this file. */
export { useGetCurrentUser } from './api/get-current-user';
export { AuthLayout } from './components/auth-layout';
export { LoginForm } from './components/login-form';
export { RegisterForm } from './components/register-form';
export { RoleTag } from './components/role-tag';
export { UserMenu } from './components/lazy-user-menu';
export { useSession } from './hooks/use-session';
