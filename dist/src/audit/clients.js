export class Clients {
    opts;
    cache = new Map();
    constructor(opts) {
        this.opts = opts;
    }
    config(region) {
        return {
            region,
            retryMode: 'adaptive',
            maxAttempts: this.opts.maxAttempts ?? 6,
            ...(this.opts.endpoint ? { endpoint: this.opts.endpoint } : {}),
            ...(this.opts.credentials ? { credentials: this.opts.credentials } : this.opts.profile ? { profile: this.opts.profile } : {}),
        };
    }
    async get(key, region, load, extra = {}) {
        const k = `${key}:${region}`;
        const hit = this.cache.get(k);
        if (hit)
            return hit;
        const C = await load();
        const client = new C({ ...this.config(region), ...extra });
        this.cache.set(k, client);
        return client;
    }
    ec2(region) {
        return this.get('ec2', region, async () => (await import('@aws-sdk/client-ec2')).EC2Client);
    }
    s3(region) {
        // Local endpoints (tests, S3-compatible stores) need path-style addressing.
        return this.get('s3', region, async () => (await import('@aws-sdk/client-s3')).S3Client, this.opts.endpoint ? { forcePathStyle: true } : {});
    }
    kms(region) {
        return this.get('kms', region, async () => (await import('@aws-sdk/client-kms')).KMSClient);
    }
    iam() {
        return this.get('iam', 'us-east-1', async () => (await import('@aws-sdk/client-iam')).IAMClient);
    }
    logs(region) {
        return this.get('logs', region, async () => (await import('@aws-sdk/client-cloudwatch-logs')).CloudWatchLogsClient);
    }
    organizations() {
        return this.get('organizations', 'us-east-1', async () => (await import('@aws-sdk/client-organizations')).OrganizationsClient);
    }
    sts(region) {
        return this.get('sts', region, async () => (await import('@aws-sdk/client-sts')).STSClient);
    }
}
