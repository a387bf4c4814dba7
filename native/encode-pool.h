/* The threads that encode the writer's batches (packio.c encodeBatch): one per processor the
 * process may run on, started as jobs arrive, each taking the oldest job queued. Not libuv's
 * pool: a job there could be handed on only when the main thread gets round to it (at most one
 * per processor at once, or the pool's four threads would all compress and node:fs calls wait
 * behind them), and the writer's thread is busy packing the next batch while the last ones are
 * encoded, so threads stood idle between jobs: a full backup of bench/mktree scale 1 took 2.84 s
 * that way, 2.1-2.5 s with these threads, which take the next job themselves.
 *
 * A job answers to the JavaScript thread that queued it (its owner) through a threadsafe
 * function. When that thread is torn down (a worker ends, the process exits), its queued jobs
 * are dropped and its running ones waited for, before the thread's memory (the batches the jobs
 * work in, the threadsafe function) goes away; and the addon stays loaded once a thread of the
 * pool has started. Kept in its own file only to keep packio.c short; packio.c includes it. */
#ifndef ENCODE_POOL_H
#define ENCODE_POOL_H
/* CPU_COUNT and dladdr need _GNU_SOURCE, defined by packio.c before any include. */
#include <dlfcn.h>
#include <pthread.h>
#include <sched.h>

/* A JavaScript thread whose jobs the pool runs. */
struct pool_owner {
  /* Called with each job once it has run, on the owner's thread. */
  napi_threadsafe_function done;
  /* Under pool_lock: the owner's jobs being run, and whether it is being torn down. */
  size_t running;
  int closing;
};

struct pool_job {
  struct pool_job *next;
  struct pool_owner *owner;
  void (*run)(struct pool_job *);
  /* Frees a job that will not be answered (its owner is being torn down). */
  void (*drop)(struct pool_job *);
};

static pthread_mutex_t pool_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t pool_wake = PTHREAD_COND_INITIALIZER;
/* A job of a closing owner has finished running. */
static pthread_cond_t pool_quiet = PTHREAD_COND_INITIALIZER;
static struct pool_job *pool_head, *pool_tail;
static size_t pool_queued;
static int pool_threads, pool_idle;

static void *pool_thread(void *arg) {
  (void)arg;
  pthread_mutex_lock(&pool_lock);
  for (;;) {
    pool_idle++;
    while (!pool_head) pthread_cond_wait(&pool_wake, &pool_lock);
    pool_idle--;
    struct pool_job *job = pool_head;
    pool_head = job->next;
    if (!pool_head) pool_tail = NULL;
    pool_queued--;
    struct pool_owner *owner = job->owner;
    owner->running++;
    pthread_mutex_unlock(&pool_lock);
    job->run(job);
    pthread_mutex_lock(&pool_lock);
    owner->running--;
    /* Under the lock, so that the owner's teardown (pool_close_owner) cannot come between the
     * check and the call. Blocking: the call queue is unbounded, so this only takes its lock. */
    if (owner->closing || napi_call_threadsafe_function(owner->done, job, napi_tsfn_blocking) != napi_ok) {
      if (owner->closing) pthread_cond_broadcast(&pool_quiet);
      pthread_mutex_unlock(&pool_lock);
      job->drop(job);
      pthread_mutex_lock(&pool_lock);
    }
  }
  return NULL;
}

/* The processors this process may run on when the pool's first thread starts (under pool_lock). */
static int pool_size(void) {
  static int size;
  if (size == 0) {
    cpu_set_t set;
    int n = sched_getaffinity(0, sizeof set, &set) == 0 ? CPU_COUNT(&set) : 1;
    size = n < 1 ? 1 : n > 64 ? 64 : n;
  }
  return size;
}

/* Keeps this addon loaded for the life of the process: the pool's threads run its code, and Node
 * unloads an addon when the last thread that loaded it ends. */
static void pool_pin(void) {
  Dl_info self;
  if (dladdr((void *)pool_thread, &self) && self.dli_fname) dlopen(self.dli_fname, RTLD_NOW | RTLD_NOLOAD | RTLD_NODELETE);
}

/* Queues the job (at the front with `first`), starting a thread for it when the jobs waiting
 * outnumber the idle threads and there are fewer threads than processors. Returns 0, or an errno
 * when there is no thread and none could be started (the job is then not queued). */
static int pool_submit(struct pool_job *job, int first) {
  pthread_mutex_lock(&pool_lock);
  if (first) {
    job->next = pool_head;
    pool_head = job;
    if (!pool_tail) pool_tail = job;
  } else {
    job->next = NULL;
    if (pool_tail) pool_tail->next = job;
    else pool_head = job;
    pool_tail = job;
  }
  pool_queued++;
  int err = 0;
  /* A thread woken but not yet running still counts as idle: hence the count of jobs waiting. */
  if (pool_queued > (size_t)pool_idle && pool_threads < pool_size()) {
    if (pool_threads == 0) pool_pin();
    pthread_t t;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    err = pthread_create(&t, &attr, pool_thread, NULL);
    pthread_attr_destroy(&attr);
    if (err == 0) pool_threads++;
    else if (pool_threads > 0) err = 0; /* the threads there are will take it */
    else {
      /* no thread at all: the queue held only this job */
      pool_head = pool_tail = NULL;
      pool_queued = 0;
    }
  }
  pthread_cond_signal(&pool_wake);
  pthread_mutex_unlock(&pool_lock);
  return err;
}

/* The owner's thread is being torn down: drops its queued jobs and waits for its running ones to
 * end, after which none of its jobs is answered any more. */
static void pool_close_owner(struct pool_owner *owner) {
  struct pool_job *dropped = NULL;
  pthread_mutex_lock(&pool_lock);
  owner->closing = 1;
  struct pool_job **at = &pool_head;
  pool_tail = NULL;
  while (*at) {
    struct pool_job *job = *at;
    if (job->owner == owner) {
      *at = job->next;
      pool_queued--;
      job->next = dropped;
      dropped = job;
    } else {
      pool_tail = job;
      at = &job->next;
    }
  }
  while (owner->running > 0) pthread_cond_wait(&pool_quiet, &pool_lock);
  pthread_mutex_unlock(&pool_lock);
  while (dropped) {
    struct pool_job *next = dropped->next;
    dropped->drop(dropped);
    dropped = next;
  }
}

#endif
