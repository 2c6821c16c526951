/**
 * Evaluates the CloudFormation intrinsics a synthesized template uses, so tests can check values
 * as a deployment would see them (a callback URL, the settings JSON) instead of matching the
 * shape of `Fn::Join` arrays. Anything it does not know throws: a test must not pass because an
 * intrinsic was silently left unevaluated.
 */
export type Template = {
  Parameters?: Record<string, { Type?: string; Default?: string | number }>;
  Conditions?: Record<string, unknown>;
  Resources: Record<string, { Type: string; Properties?: Record<string, unknown>; [key: string]: unknown }>;
  Outputs?: Record<string, { Value: unknown }>;
};

/** What CloudFormation would know at deploy time. */
export interface Deployment {
  parameters: Record<string, string>;
  region: string;
  /** Ref of a resource, by logical id. */
  ref(logicalId: string): string;
  /** Fn::GetAtt of a resource. */
  attribute(logicalId: string, name: string): string;
}

const PSEUDO: Record<string, (d: Deployment) => string> = {
  'AWS::Region': (d) => d.region,
  'AWS::Partition': () => 'aws',
  'AWS::URLSuffix': () => 'amazonaws.com',
  'AWS::AccountId': () => '123456789012',
};

/** A parameter's value as CloudFormation hands it out: a CommaDelimitedList is a list. */
function parameter(template: Template, deployment: Deployment, name: string): string | string[] {
  const value = deployment.parameters[name] ?? template.Parameters?.[name]?.Default;
  if (value === undefined) throw new Error(`parameter ${name} has no value and no default`);
  return template.Parameters?.[name]?.Type === 'CommaDelimitedList' ? String(value).split(',') : String(value);
}

export function condition(template: Template, deployment: Deployment, name: string): boolean {
  const expression = template.Conditions?.[name];
  if (expression === undefined) throw new Error(`no condition ${name}`);
  return truth(template, deployment, expression);
}

function truth(template: Template, deployment: Deployment, expression: unknown): boolean {
  const [[fn, args]] = Object.entries(expression as Record<string, unknown>) as [[string, unknown[]]];
  if (fn === 'Condition') return condition(template, deployment, args as unknown as string);
  if (fn === 'Fn::Equals') return evaluate(template, deployment, args[0]) === evaluate(template, deployment, args[1]);
  if (fn === 'Fn::Not') return !truth(template, deployment, args[0]);
  if (fn === 'Fn::And') return args.every((a) => truth(template, deployment, a));
  if (fn === 'Fn::Or') return args.some((a) => truth(template, deployment, a));
  throw new Error(`unsupported condition function ${fn}`);
}

export function evaluate(template: Template, deployment: Deployment, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => evaluate(template, deployment, v));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  const [first] = entries;
  if (entries.length === 1 && first && (first[0] === 'Ref' || first[0].startsWith('Fn::'))) {
    const [fn, args] = first;
    if (fn === 'Ref') {
      const name = args as string;
      const pseudo = PSEUDO[name];
      if (pseudo) return pseudo(deployment);
      if (template.Parameters?.[name]) return parameter(template, deployment, name);
      if (template.Resources[name]) return deployment.ref(name);
      throw new Error(`Ref to unknown ${name}`);
    }
    if (fn === 'Fn::GetAtt') {
      const [logicalId, attribute] = args as [string, string];
      return deployment.attribute(logicalId, attribute);
    }
    if (fn === 'Fn::Join') {
      // The parts are a list literal or something that evaluates to one (a list parameter).
      const [separator, parts] = args as [string, unknown];
      return (evaluate(template, deployment, parts) as unknown[]).join(separator);
    }
    if (fn === 'Fn::Split') {
      const [separator, source] = args as [string, unknown];
      return String(evaluate(template, deployment, source)).split(separator);
    }
    if (fn === 'Fn::If') {
      const [name, whenTrue, whenFalse] = args as [string, unknown, unknown];
      return evaluate(template, deployment, condition(template, deployment, name) ? whenTrue : whenFalse);
    }
    throw new Error(`unsupported intrinsic ${fn}`);
  }
  return Object.fromEntries(entries.map(([k, v]) => [k, evaluate(template, deployment, v)]));
}
