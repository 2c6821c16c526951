/**
 * A small IAM evaluator for the identity policies of one role, enough to ask "may this identity
 * do this S3 request?" the way IAM would: policy variables substituted, `*`/`?` wildcards in
 * actions and resources, explicit Deny wins, nothing allowed unless a statement allows it.
 * Anything beyond that (NotAction, other condition operators, managed policies) throws rather
 * than guessing, so a policy change the evaluator cannot judge fails the tests loudly.
 */
import { evaluate, type Deployment, type Template } from './intrinsics.ts';

export interface Statement {
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
  Resource: string | string[];
  Condition?: Record<string, Record<string, string | string[]>>;
  [other: string]: unknown;
}

export interface S3Request {
  action: string;
  /** Full ARN, e.g. arn:aws:s3:::bucket/private/<id>/a.txt */
  resource: string;
  /** The `s3:prefix` request key (ListBucket); absent when the request has none. */
  prefix?: string;
  /** The identity id that `${cognito-identity.amazonaws.com:sub}` stands for. */
  identityId: string;
}

const list = (v: string | string[]): string[] => (Array.isArray(v) ? v : [v]);

function glob(pattern: string, caseInsensitive = false): RegExp {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`, caseInsensitive ? 'i' : '');
}

function substitute(text: string, request: S3Request): string {
  return text.replaceAll('${cognito-identity.amazonaws.com:sub}', request.identityId);
}

/** Every identity-policy statement attached to a role, with intrinsics evaluated. */
export function roleStatements(template: Template, deployment: Deployment, roleLogicalId: string): Statement[] {
  const role = template.Resources[roleLogicalId];
  if (role?.Type !== 'AWS::IAM::Role') throw new Error(`${roleLogicalId} is not a role`);
  if (role.Properties?.ManagedPolicyArns || role.Properties?.Policies) {
    throw new Error(`${roleLogicalId} has managed or inline policies this evaluator does not read`);
  }
  const statements: Statement[] = [];
  for (const resource of Object.values(template.Resources)) {
    if (resource.Type === 'AWS::IAM::ManagedPolicy') throw new Error('managed policies are not evaluated');
    if (resource.Type !== 'AWS::IAM::Policy') continue;
    const roles = resource.Properties?.Roles as { Ref: string }[];
    if (!roles.some((r) => r.Ref === roleLogicalId)) continue;
    const document = evaluate(template, deployment, resource.Properties?.PolicyDocument) as { Statement: Statement[] };
    statements.push(...document.Statement);
  }
  return statements;
}

function conditionsHold(statement: Statement, request: S3Request): boolean {
  for (const [operator, keys] of Object.entries(statement.Condition ?? {})) {
    if (operator !== 'StringLike' && operator !== 'StringEquals') throw new Error(`unsupported operator ${operator}`);
    for (const [key, expected] of Object.entries(keys)) {
      if (key !== 's3:prefix') throw new Error(`unsupported condition key ${key}`);
      if (request.prefix === undefined) return false;
      const actual = request.prefix;
      const match = (p: string) => (operator === 'StringLike' ? glob(p).test(actual) : p === actual);
      if (
        !list(expected)
          .map((p) => substitute(p, request))
          .some(match)
      )
        return false;
    }
  }
  return true;
}

function applies(statement: Statement, request: S3Request): boolean {
  for (const key of ['NotAction', 'NotResource', 'NotPrincipal']) {
    if (key in statement) throw new Error(`unsupported ${key}`);
  }
  const actionMatches = list(statement.Action).some((a) => glob(a, true).test(request.action));
  const resourceMatches = list(statement.Resource).some((r) => glob(substitute(r, request)).test(request.resource));
  return actionMatches && resourceMatches && conditionsHold(statement, request);
}

export function isAllowed(statements: Statement[], request: S3Request): boolean {
  const matching = statements.filter((s) => applies(s, request));
  return matching.some((s) => s.Effect === 'Allow') && !matching.some((s) => s.Effect === 'Deny');
}
