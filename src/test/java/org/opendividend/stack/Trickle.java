package org.opendividend.stack;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;

/** A request body that arrives in twenty chunks spread over a time, as from a slow connection. */
final class Trickle implements Flow.Publisher<ByteBuffer> {

    private static final int CHUNKS = 20;
    private final byte[] body;
    private final Duration spread;

    Trickle(byte[] body, Duration spread) {
        this.body = body;
        this.spread = spread;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
        AtomicBoolean cancelled = new AtomicBoolean();
        java.util.concurrent.Semaphore demand = new java.util.concurrent.Semaphore(0);
        subscriber.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
                demand.release((int) Math.min(n, Integer.MAX_VALUE / 2));
            }

            @Override
            public void cancel() {
                cancelled.set(true);
                demand.release(CHUNKS);
            }
        });
        Thread sender = new Thread(() -> {
            int chunk = (body.length + CHUNKS - 1) / CHUNKS;
            try {
                for (int offset = 0; offset < body.length && !cancelled.get(); offset += chunk) {
                    demand.acquire();
                    Thread.sleep(spread.toMillis() / CHUNKS);
                    subscriber.onNext(ByteBuffer.wrap(body, offset, Math.min(chunk, body.length - offset)).slice());
                }
                if (!cancelled.get()) {
                    subscriber.onComplete();
                }
            } catch (InterruptedException e) {
                subscriber.onError(e);
            }
        }, "trickle");
        sender.setDaemon(true);
        sender.start();
    }
}
