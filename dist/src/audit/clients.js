/** Default request timeout: AWS read calls answer in well under a second; 30 s leaves room for
 * slow links and large pages, and a silent endpoint can no longer hang an audit. */
export const DEFAULT_TIMEOUT_MS = 30_000;
/** From one request timeout T: connecting may take min(T, 5 s); a request (send to last byte)
 * T; one API call, retries included, 3 T — then it fails with TimeoutError like any failed call. */
export function timeouts(t = DEFAULT_TIMEOUT_MS) {
    return { connectionTimeout: Math.min(t, 5_000), requestTimeout: t, callDeadline: 3 * t };
}
export class TimeoutError extends Error {
    name = 'TimeoutError';
}
/** Bounds every send() of an SDK client by `ms`, retries included (the SDK's own timeouts bound
 * one attempt only). */
function withDeadline(client, ms) {
    const send = client.send.bind(client);
    client.send = async (command, options = {}) => {
        const signal = AbortSignal.timeout(ms);
        try {
            return await send(command, { abortSignal: signal, ...options });
        }
        catch (e) {
            if (signal.aborted)
                throw new TimeoutError(`no answer within ${Math.round(ms / 1000)} s (--timeout)`);
            throw e;
        }
    };
}
export class Clients {
    opts;
    cache = new Map();
    constructor(opts) {
        this.opts = opts;
    }
    config(region) {
        const t = timeouts(this.opts.timeoutMs);
        return {
            region,
            requestHandler: { connectionTimeout: t.connectionTimeout, requestTimeout: t.requestTimeout, throwOnRequestTimeout: true },
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
        withDeadline(client, timeouts(this.opts.timeoutMs).callDeadline);
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
