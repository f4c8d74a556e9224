// A small concurrency limiter: at most `n` calls to one service at a time.
export function limiter(n) {
    let active = 0;
    const queue = [];
    return async (f) => {
        if (active >= n)
            await new Promise((r) => queue.push(r));
        active++;
        try {
            return await f();
        }
        finally {
            active--;
            queue.shift()?.();
        }
    };
}
