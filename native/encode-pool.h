/* The threads that encode the writer's batches (packio.c encodeBatch): one per processor the
 * process may run on, started as jobs arrive, each taking the oldest job queued. Not libuv's
 * pool: a job there could be handed on only when the main thread gets round to it (at most one
 * per processor at once, or the pool's four threads would all compress and node:fs calls wait
 * behind them), and the writer's thread is busy packing the next batch while the last ones are
 * encoded, so threads stood idle between jobs: a full backup of bench/mktree scale 1 took 2.84 s
 * that way, 2.1-2.5 s with these threads, which take the next job themselves. Kept in its own
 * file only to keep packio.c short; packio.c includes it. */
#ifndef ENCODE_POOL_H
#define ENCODE_POOL_H
/* CPU_COUNT needs _GNU_SOURCE, defined by packio.c before any include. */
#include <pthread.h>
#include <sched.h>

struct pool_job {
  struct pool_job *next;
  void (*run)(struct pool_job *);
  /* Called with the job once it has run; on the JavaScript thread that queued it. */
  napi_threadsafe_function done;
};

static pthread_mutex_t pool_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t pool_wake = PTHREAD_COND_INITIALIZER;
static struct pool_job *pool_head, *pool_tail;
static int pool_threads, pool_idle;

static void *pool_thread(void *arg) {
  (void)arg;
  for (;;) {
    pthread_mutex_lock(&pool_lock);
    pool_idle++;
    while (!pool_head) pthread_cond_wait(&pool_wake, &pool_lock);
    pool_idle--;
    struct pool_job *job = pool_head;
    pool_head = job->next;
    if (!pool_head) pool_tail = NULL;
    pthread_mutex_unlock(&pool_lock);
    job->run(job);
    /* Blocking: the queue of calls is unbounded, so this only waits for its lock. */
    napi_call_threadsafe_function(job->done, job, napi_tsfn_blocking);
  }
  return NULL;
}

static int pool_size(void) {
  cpu_set_t set;
  int n = sched_getaffinity(0, sizeof set, &set) == 0 ? CPU_COUNT(&set) : 1;
  return n < 1 ? 1 : n > 64 ? 64 : n;
}

/* Queues the job, starting a thread for it when none is idle and there are fewer than the
 * processors. Returns 0, or an errno when there is no thread and none could be started. */
static int pool_submit(struct pool_job *job) {
  pthread_mutex_lock(&pool_lock);
  job->next = NULL;
  if (pool_tail) pool_tail->next = job;
  else pool_head = job;
  pool_tail = job;
  int err = 0;
  if (pool_idle == 0 && pool_threads < pool_size()) {
    pthread_t t;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    err = pthread_create(&t, &attr, pool_thread, NULL);
    pthread_attr_destroy(&attr);
    if (err == 0) pool_threads++;
    else if (pool_threads > 0) err = 0; /* the threads there are will take it */
    else {
      pool_head = pool_tail = NULL;
    }
  }
  pthread_cond_signal(&pool_wake);
  pthread_mutex_unlock(&pool_lock);
  return err;
}

#endif
