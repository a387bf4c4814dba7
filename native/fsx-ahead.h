/* A directory tree scanned on a thread of its own, ahead of the walk that reads it (fsx.scanTree*,
 * in fsx.c). The thread goes through the tree in the walk's order (depth first, names sorted
 * bytewise, a directory before its contents) and scans each directory as scanDir does; the walk
 * takes the results in that order, so its JavaScript and the kernel's getdents and statx calls
 * run on two cores instead of one after the other, and the scan can start before the walk does
 * (while the filelist is read). It enters every directory on the start directory's filesystem
 * and never another filesystem: the walk uses it only when it would enter exactly those too (no
 * DirsToSkip, no exclude list files), and reads anything else itself. Results wait, bounded in
 * directories and entries, until taken. One thread, not several: parallel scans cost more CPU
 * and were slower on a loaded machine. Included by fsx.c (binding.gyp builds that one source). */
#ifndef FSX_AHEAD_H
#define FSX_AHEAD_H

#include <pthread.h>

/* Scanned and not yet taken: at most this many directories and entries (some 250 bytes each, with
 * the room scan_run keeps for each signature; a directory's own share is some 300 bytes). The
 * walk takes nothing while the reference state is read (25-40 ms): with room for 1024
 * directories the thread stopped there in a tree of 1600 (the benchmark's), and the walk then
 * waited for the rest, 30-50 ms more than a thread that had gone on; the entries bound the
 * memory (some 16 MiB), the directories' count only adds to it (some 2.5 MiB at most). */
#define AHEAD_MAX_DIRS 8192
#define AHEAD_MAX_ENTRIES 65536
/* A taker waiting for results is woken once this many directories or entries wait for it (or
 * the thread ends), not at every directory: a walk that compares with a reference takes a
 * directory in far less time than the thread scans one, so it would wait at almost every one,
 * and each wake-up (a futex call here, a context switch of the taker) cost as much as scanning
 * a small directory. */
#define AHEAD_WAKE_DIRS 32
#define AHEAD_WAKE_ENTRIES 512

struct ahead_done {
  struct ahead_done *next;
  struct scan_result r;
  char path[];
};

/* A directory whose subdirectories the thread goes through; `names` holds them NUL-separated. */
struct ahead_frame {
  char *path;
  char *names;
  size_t left;    /* subdirectories not gone into yet */
  char *next;     /* the next one's name in `names` */
};

struct ahead {
  pthread_mutex_t mu;
  pthread_cond_t room;  /* the thread waits here while the results fill the bounds */
  pthread_cond_t ready; /* a taker waits here for the next result */
  struct ahead_done *head, *tail;
  size_t done_dirs, done_entries;
  uint64_t dev; /* of the tree's start, as the scan records it (makedev) */
  int stop, finished, started, closed;
  int waiting; /* a taker waits on `ready` */
  pthread_t thread;
  char root[];
};

static void ahead_frame_free(struct ahead_frame *f) {
  free(f->path);
  free(f->names);
  free(f);
}

static int ahead_full(const struct ahead *a) { return a->done_dirs >= AHEAD_MAX_DIRS || a->done_entries >= AHEAD_MAX_ENTRIES; }

/* The subdirectories of a scanned directory on the tree's filesystem, as a frame for the thread's
 * stack; NULL when there are none, or (*stopped set) memory ran out. */
static struct ahead_frame *ahead_subdirs(const struct ahead *a, const char *path, const struct scan_result *r, int *stopped) {
  struct ahead_frame *f = malloc(sizeof *f);
  char *names = f ? malloc(r->names_len + 1) : NULL;
  char *fpath = names ? strdup(path) : NULL;
  if (!fpath) {
    free(names);
    free(f);
    *stopped = 1;
    return NULL;
  }
  *f = (struct ahead_frame){fpath, names, 0, names};
  const char *name = r->names, *end = r->names + r->names_len;
  for (size_t i = 0; i < r->count; i++) {
    const char *slash = memchr(name, '/', end - name);
    size_t len = (slash ? slash : end) - name;
    const unsigned char *rec = r->stats + i * SCAN_RECORD;
    int32_t err, mode;
    uint64_t dev;
    memcpy(&err, rec, 4);
    memcpy(&mode, rec + 4, 4);
    memcpy(&dev, rec + 56, 8);
    if (err == 0 && S_ISDIR((mode_t)mode) && dev == a->dev) {
      memcpy(names, name, len);
      names[len] = 0;
      names += len + 1;
      f->left++;
    }
    name += len + 1;
  }
  if (f->left > 0) return f;
  ahead_frame_free(f);
  return NULL;
}

/* Scans `path`, hands the result to the takers and returns its subdirectories on the same
 * filesystem as a frame (NULL when it has none, or memory ran out: the thread then ends early
 * and the walk reads the rest itself). Called without the lock. */
static struct ahead_frame *ahead_scan(struct ahead *a, const char *path, int *stopped) {
  size_t plen = strlen(path);
  struct ahead_done *d = malloc(sizeof *d + plen + 1);
  if (!d) {
    *stopped = 1;
    return NULL;
  }
  memcpy(d->path, path, plen + 1);
  d->next = NULL;
  scan_run(path, &d->r);
  struct ahead_frame *f = d->r.err ? NULL : ahead_subdirs(a, path, &d->r, stopped);
  pthread_mutex_lock(&a->mu);
  if (a->tail) a->tail->next = d;
  else a->head = d;
  a->tail = d;
  a->done_dirs++;
  a->done_entries += d->r.count;
  if (a->waiting && (a->done_dirs >= AHEAD_WAKE_DIRS || a->done_entries >= AHEAD_WAKE_ENTRIES || ahead_full(a))) pthread_cond_signal(&a->ready);
  pthread_mutex_unlock(&a->mu);
  return f;
}

static void *ahead_thread(void *arg) {
  struct ahead *a = arg;
  size_t depth = 0, cap = 0;
  struct ahead_frame **stack = NULL;
  int stopped = 0;
  struct ahead_frame *f = ahead_scan(a, a->root, &stopped);
  if (f) {
    stack = malloc(16 * sizeof *stack);
    if (stack) {
      cap = 16;
      stack[depth++] = f;
    } else {
      ahead_frame_free(f);
    }
  }
  char path[PATH_BUF];
  while (depth > 0 && !stopped) {
    struct ahead_frame *top = stack[depth - 1];
    if (top->left == 0) {
      ahead_frame_free(top);
      depth--;
      continue;
    }
    const char *name = top->next;
    top->next += strlen(name) + 1;
    top->left--;
    /* Longer than the kernel takes: the walk reads it itself and gets the error. */
    if ((size_t)snprintf(path, sizeof path, "%s/%s", top->path, name) >= sizeof path - 1) continue;
    pthread_mutex_lock(&a->mu);
    while (ahead_full(a) && !a->stop) pthread_cond_wait(&a->room, &a->mu);
    stopped = a->stop;
    pthread_mutex_unlock(&a->mu);
    if (stopped) break;
    f = ahead_scan(a, path, &stopped);
    if (!f) continue;
    if (depth == cap) {
      struct ahead_frame **s = realloc(stack, 2 * cap * sizeof *s);
      if (!s) {
        ahead_frame_free(f);
        break;
      }
      stack = s;
      cap *= 2;
    }
    stack[depth++] = f;
  }
  while (depth > 0) ahead_frame_free(stack[--depth]);
  free(stack);
  pthread_mutex_lock(&a->mu);
  a->finished = 1;
  pthread_cond_broadcast(&a->ready);
  pthread_mutex_unlock(&a->mu);
  return NULL;
}

/* Starts scanning the tree at `root` (on the filesystem `dev`); NULL when out of memory. Without
 * a thread (pthread_create failed) the walk finds nothing to take and reads everything itself. */
static struct ahead *ahead_start(const char *root, uint64_t dev) {
  size_t len = strlen(root);
  struct ahead *a = calloc(1, sizeof *a + len + 1);
  if (!a) return NULL;
  memcpy(a->root, root, len + 1);
  a->dev = dev;
  pthread_mutex_init(&a->mu, NULL);
  pthread_cond_init(&a->room, NULL);
  pthread_cond_init(&a->ready, NULL);
  if (pthread_create(&a->thread, NULL, ahead_thread, a) == 0) a->started = 1;
  else a->finished = 1;
  return a;
}

/* Stops the thread (after the directory it is in) and frees every result not taken. */
static void ahead_close(struct ahead *a) {
  if (a->closed) return;
  pthread_mutex_lock(&a->mu);
  a->closed = 1;
  a->stop = 1;
  pthread_cond_broadcast(&a->room);
  pthread_mutex_unlock(&a->mu);
  if (a->started) pthread_join(a->thread, NULL);
  for (struct ahead_done *d = a->head, *n; d; d = n) {
    n = d->next;
    scan_free(&d->r);
    free(d);
  }
  a->head = a->tail = NULL;
}

static void ahead_destroy(struct ahead *a) {
  ahead_close(a);
  pthread_mutex_destroy(&a->mu);
  pthread_cond_destroy(&a->room);
  pthread_cond_destroy(&a->ready);
  free(a);
}

/* The next result when it is the scan of `path` (waiting for the thread to get to it); NULL when
 * the thread has ended without it or its next result is another directory's (the walk went
 * elsewhere than the thread: the walk then reads `path` itself). */
static struct ahead_done *ahead_take(struct ahead *a, const char *path) {
  pthread_mutex_lock(&a->mu);
  if (!a->head && !a->finished) {
    a->waiting = 1;
    while (!a->head && !a->finished) pthread_cond_wait(&a->ready, &a->mu);
    a->waiting = 0;
  }
  struct ahead_done *d = a->head;
  if (!d || strcmp(d->path, path) != 0) {
    pthread_mutex_unlock(&a->mu);
    return NULL;
  }
  a->head = d->next;
  if (!a->head) a->tail = NULL;
  a->done_dirs--;
  a->done_entries -= d->r.count;
  pthread_cond_signal(&a->room);
  pthread_mutex_unlock(&a->mu);
  return d;
}

#endif
