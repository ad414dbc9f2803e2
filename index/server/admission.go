package server

import (
	"context"
	"errors"
	"sync/atomic"
	"time"
)

// errBusy is what admission returns when a search can neither run now nor
// wait its turn; handlers answer it with 503 and Retry-After.
var errBusy = errors.New("server busy")

// msgBusy is the message of a 503 caused by admission control.
const msgBusy = "the server is busy with other searches; retry in a moment"

// admission bounds the searches running at once. A search beyond the bound
// waits in a short queue for a bounded time; beyond the queue it is turned
// away at once, so that overload costs clients a quick 503 rather than a
// slow timeout while every search shares the CPU with too many others.
type admission struct {
	slots    chan struct{} // one token per running search
	waiting  atomic.Int64
	maxQueue int64
	maxWait  time.Duration
	m        *metrics
}

func newAdmission(inFlight, queue int, wait time.Duration, m *metrics) *admission {
	return &admission{slots: make(chan struct{}, inFlight), maxQueue: int64(queue), maxWait: wait, m: m}
}

// acquire takes a slot, waiting at most maxWait in the queue, and returns
// the function that gives it back. It fails with errBusy when the queue is
// full or the wait ran out, and with ctx's error when ctx ends first.
func (a *admission) acquire(ctx context.Context) (release func(), err error) {
	select {
	case a.slots <- struct{}{}:
		a.m.queueWait.Observe(0)
		return a.release, nil
	default:
	}
	if a.waiting.Add(1) > a.maxQueue {
		a.waiting.Add(-1)
		a.m.rejected.WithLabelValues("queue_full").Inc()
		return nil, errBusy
	}
	defer a.waiting.Add(-1)
	start := time.Now()
	timer := time.NewTimer(a.maxWait)
	defer timer.Stop()
	select {
	case a.slots <- struct{}{}:
		a.m.queueWait.Observe(time.Since(start).Seconds())
		return a.release, nil
	case <-timer.C:
		a.m.queueWait.Observe(time.Since(start).Seconds())
		a.m.rejected.WithLabelValues("wait_timeout").Inc()
		return nil, errBusy
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

func (a *admission) release() { <-a.slots }

// running is the number of searches holding a slot.
func (a *admission) running() int { return len(a.slots) }

// queued is the number of searches waiting for a slot.
func (a *admission) queued() int { return int(a.waiting.Load()) }
