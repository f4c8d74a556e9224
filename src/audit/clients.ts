// AWS SDK v3 clients for the audit, created lazily per service and region (the EC2 client alone
// costs ~270 ms to import cold; file mode never imports any of them). Standard credential chain
// and environment (AWS_PROFILE, AWS_REGION, AWS_ENDPOINT_URL…), adaptive retry for throttling.
export interface ClientOptions {
  profile?: string;
  endpoint?: string;
  maxAttempts?: number;
  /** Credentials of an assumed role (organisation audits); default: the standard chain. */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
}

type Ctor<T> = new (config: Record<string, unknown>) => T;

export class Clients {
  private readonly cache = new Map<string, unknown>();
  constructor(private readonly opts: ClientOptions) {}

  private config(region: string): Record<string, unknown> {
    return {
      region,
      retryMode: 'adaptive',
      maxAttempts: this.opts.maxAttempts ?? 6,
      ...(this.opts.endpoint ? { endpoint: this.opts.endpoint } : {}),
      ...(this.opts.credentials ? { credentials: this.opts.credentials } : this.opts.profile ? { profile: this.opts.profile } : {}),
    };
  }

  private async get<T>(key: string, region: string, load: () => Promise<Ctor<T>>, extra: Record<string, unknown> = {}): Promise<T> {
    const k = `${key}:${region}`;
    const hit = this.cache.get(k);
    if (hit) return hit as T;
    const C = await load();
    const client = new C({ ...this.config(region), ...extra });
    this.cache.set(k, client);
    return client;
  }

  ec2(region: string) {
    return this.get('ec2', region, async () => (await import('@aws-sdk/client-ec2')).EC2Client);
  }
  s3(region: string) {
    // Local endpoints (tests, S3-compatible stores) need path-style addressing.
    return this.get('s3', region, async () => (await import('@aws-sdk/client-s3')).S3Client, this.opts.endpoint ? { forcePathStyle: true } : {});
  }
  kms(region: string) {
    return this.get('kms', region, async () => (await import('@aws-sdk/client-kms')).KMSClient);
  }
  iam() {
    return this.get('iam', 'us-east-1', async () => (await import('@aws-sdk/client-iam')).IAMClient);
  }
  logs(region: string) {
    return this.get('logs', region, async () => (await import('@aws-sdk/client-cloudwatch-logs')).CloudWatchLogsClient);
  }
  organizations() {
    return this.get('organizations', 'us-east-1', async () => (await import('@aws-sdk/client-organizations')).OrganizationsClient);
  }
  sts(region: string) {
    return this.get('sts', region, async () => (await import('@aws-sdk/client-sts')).STSClient);
  }
}
