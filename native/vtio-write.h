/* writeAt and the writing thread of a cartridge file behind the vtio addon (vtio.c), apart from
 * the rest of its N-API binding. Kept in its own file only to keep vtio.c short; vtio.c includes
 * it after its N-API helpers (binding.gyp builds that one source). */
#ifndef VTIO_WRITE_H
#define VTIO_WRITE_H

/* ---- writeAt: a batch of buffers, in order, in pwritev calls ending on multiples of `piece` --- */

/*
 * Why pieces: Linux sizes the page-cache folios a write allocates by its length and alignment,
 * and on a virtual machine large folios (1 MiB and up) come from memory the host has to fault in
 * again: `dd bs=4M` took 2-4 s of system time for 2 GB where `dd bs=256k` took 0.35 s. Pieces
 * aligned as dd's writes get dd's folios; the batch still costs one hand-off to another thread.
 */
#define WRITE_IOV_MAX 64

typedef struct WriteJob WriteJob;
struct WriteJob {
  WriteJob *next; /* in the queue of its WriteOrder */
  uint64_t epoch; /* the resets of its order before it was queued */
  napi_async_work work; /* without an order: the thread-pool job */
  napi_deferred deferred;
  napi_ref keep; /* the buffer array */
  napi_ref keep_order;
  int fd, err;
  int dfd; /* the same file opened with O_DIRECT, or -1 (vtio-direct.h) */
  int64_t position;
  size_t piece, written;
  uint32_t count;
  struct iovec iov[];
};

/*
 * The writing thread of one file (a cartridge in a drive): it writes the jobs queued to it one
 * after the other and goes straight on to the next, so that a caller that queues the next batch
 * while one is written keeps the disk busy without waking, or waiting for, the main thread (on a
 * busy machine each wake-up can wait milliseconds for a core). A failed job makes every job
 * queued behind it fail with ECANCELED without writing, so that the file only ever grows by whole
 * writes, in order. The failure holds for every job queued until the caller, having cleaned up
 * after it, calls resetWriteOrder: only jobs queued after that are written again. Forgetting it
 * on its own (say once no job is in flight) would let a job queued behind the failed one, while
 * the caller still cleans up, be written past the end the caller cuts the file back to.
 * Completions reach the main thread in queue order.
 */
typedef struct {
  pthread_mutex_t lock;
  pthread_cond_t work;
  pthread_t thread;
  int started, quit, collected;
  uint64_t epoch; /* main thread only: resetWriteOrder calls so far */
  uint64_t failed; /* 1 + the epoch of the last job that failed, 0 if none */
  WriteJob *head, *tail; /* queued, not yet taken by the thread */
  uint32_t in_flight; /* main thread only: queued and not yet completed */
  int drop_fd; /* writing thread only: the file and offset from which written pages are still cached */
  int64_t drop_from;
  uint8_t *direct_buf; /* writing thread only: the aligned buffer of direct writes, made at the first */
  napi_threadsafe_function done;
} WriteOrder;

#include "vtio-direct.h"

/*
 * Pages of the cartridge file further back than DROP_LAG behind the writing point are handed back
 * to the kernel (POSIX_FADV_DONTNEED, DROP_STEP at a time), so that a drive streaming gigabytes
 * writes through the same few tens of megabytes of page cache instead of taking new memory for
 * every byte. On a virtual machine whose free memory is returned to the host (free page reporting,
 * as on the VM these numbers come from), memory the kernel has not touched for a few seconds has
 * to be faulted in by the host again page by page: 2 GB written into such memory cost the server
 * 3-5.5 s of system time (all of it in the copy into the page cache), 2 GB written through pages
 * just freed 0.8-0.9 s. Which of the two a backup met depended on what ran before it (bench/
 * server.ts: the second phase, whichever it was, paid it). It is only a hint: the kernel drops
 * clean pages only (pages still under writeback stay, the next call's range overlaps the last
 * step to catch them), it neither waits for the disk nor consumes a write error, which the fsync
 * of the filemark or of the unload still reports; reading the tape file back later reads the disk,
 * as a tape drive does. A job written before the last one's range (the tape positioned back)
 * starts the range anew.
 */
#define DROP_LAG ((int64_t)32 << 20)
#define DROP_STEP ((int64_t)16 << 20)

static void drop_written(WriteOrder *o, const WriteJob *j) {
  int64_t upto = j->position + (int64_t)j->written - DROP_LAG;
  if (o->drop_fd != j->fd || j->position < o->drop_from) {
    o->drop_fd = j->fd;
    o->drop_from = j->position;
  }
  if (upto - o->drop_from < DROP_STEP) return;
  posix_fadvise(j->fd, (off_t)o->drop_from, (off_t)(upto - o->drop_from), POSIX_FADV_DONTNEED);
  o->drop_from = upto - DROP_STEP;
}

static void write_pieces(WriteJob *j) {
  uint32_t i = 0; /* first buffer not completely written */
  size_t off = 0; /* bytes of it written */
  while (i < j->count) {
    struct iovec v[WRITE_IOV_MAX];
    int n = 0;
    /* up to the next multiple of piece in the file: the folios line up as a dd of that block size */
    size_t room = j->piece - (size_t)((uint64_t)(j->position + (int64_t)j->written) % j->piece), bytes = 0, koff = off;
    for (uint32_t k = i; k < j->count && n < WRITE_IOV_MAX && bytes < room; k++, koff = 0) {
      size_t left = j->iov[k].iov_len - koff, take = left < room - bytes ? left : room - bytes;
      v[n].iov_base = (uint8_t *)j->iov[k].iov_base + koff;
      v[n].iov_len = take;
      n++;
      bytes += take;
    }
    ssize_t w = pwritev(j->fd, v, n, (off_t)(j->position + (int64_t)j->written));
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) {
      j->err = w < 0 ? errno : EIO;
      return;
    }
    j->written += (size_t)w;
    for (size_t done = (size_t)w; done > 0;) {
      size_t left = j->iov[i].iov_len - off;
      if (done < left) {
        off += done;
        break;
      }
      done -= left;
      i++;
      off = 0;
    }
    while (i < j->count && j->iov[i].iov_len == 0) i++;
  }
}

/* Settles the job's promise and frees it; env is NULL when the environment is going away. */
static void finish_job(napi_env env, WriteJob *j) {
  if (env != NULL) {
    if (j->err) {
      reject_errno(env, j->deferred, j->err);
    } else {
      napi_value v;
      napi_create_double(env, (double)j->written, &v);
      napi_resolve_deferred(env, j->deferred, v);
    }
    napi_delete_reference(env, j->keep);
    if (j->keep_order) napi_delete_reference(env, j->keep_order);
  }
  free(j);
}

static void *order_thread(void *data) {
  WriteOrder *o = data;
  pthread_mutex_lock(&o->lock);
  for (;;) {
    WriteJob *j = o->head;
    if (j == NULL) {
      if (o->quit) break;
      pthread_cond_wait(&o->work, &o->lock);
      continue;
    }
    o->head = j->next;
    if (o->head == NULL) o->tail = NULL;
    /* jobs are taken in queue order, so a job of a later epoch comes after every failed one */
    int cancelled = o->failed == j->epoch + 1;
    pthread_mutex_unlock(&o->lock);
    size_t direct = cancelled ? 0 : direct_bytes(j);
    if (cancelled) j->err = ECANCELED;
    else if (direct > 0 && (o->direct_buf != NULL || (o->direct_buf = aligned_alloc(DIRECT_PAGE, DIRECT_WINDOW + DIRECT_PAGE)) != NULL)) {
      write_direct(j, o->direct_buf, direct);
    } else {
      write_pieces(j);
      /* Starts the disk on what was just written (without waiting for it to finish), as a drive
       * streams to its medium: the fsync of a filemark or of the unload then finds little left
       * to write. The kernel writes dirty pages back by itself only after half a minute or under
       * memory pressure, and the Close of a 2 GB backup waited 0.5-0.9 s for its fsync. Starting
       * the writes blocks while the disk is busy, which holds this thread to the disk's pace (a
       * writeback thread of its own measured the same). A failure here is not reported: the
       * fsync that makes the data durable reports it. */
      if (!j->err && j->written > 0) {
        sync_file_range(j->fd, j->position, (off_t)j->written, SYNC_FILE_RANGE_WRITE);
        drop_written(o, j);
      }
    }
    pthread_mutex_lock(&o->lock);
    if (j->err) o->failed = j->epoch + 1;
    pthread_mutex_unlock(&o->lock);
    napi_call_threadsafe_function(o->done, j, napi_tsfn_nonblocking);
    pthread_mutex_lock(&o->lock);
  }
  pthread_mutex_unlock(&o->lock);
  free(o->direct_buf);
  o->direct_buf = NULL;
  return NULL;
}

/* On the main thread, in queue order: a job of the writing thread is done. */
static void order_job_done(napi_env env, napi_value js_cb, void *context, void *data) {
  (void)js_cb;
  WriteOrder *o = context;
  finish_job(env, data);
  if (env != NULL && --o->in_flight == 0) napi_unref_threadsafe_function(env, o->done);
}

/* Stops the writing thread once it has written what is queued. */
static void order_stop(WriteOrder *o) {
  if (!o->started) return;
  pthread_mutex_lock(&o->lock);
  o->quit = 1;
  pthread_cond_signal(&o->work);
  pthread_mutex_unlock(&o->lock);
  pthread_join(o->thread, NULL);
  o->started = 0;
}

/* The WriteOrder of a call's only argument, or NULL with a TypeError thrown. */
static WriteOrder *order_argument(napi_env env, napi_callback_info info, const char *refusal) {
  size_t argc = 1;
  napi_value argv[1];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_valuetype t;
  WriteOrder *o;
  if (argc < 1 || napi_typeof(env, argv[0], &t) != napi_ok || t != napi_external || napi_get_value_external(env, argv[0], (void **)&o) != napi_ok) {
    throw_type(env, refusal);
    return NULL;
  }
  return o;
}

/* closeWriteOrder(order): ends its writing thread once the jobs queued are written; a later job starts another */
static napi_value js_close_write_order(napi_env env, napi_callback_info info) {
  WriteOrder *o = order_argument(env, info, "closeWriteOrder: order must come from createWriteOrder()");
  if (!o) return NULL;
  order_stop(o);
  return NULL;
}

/* resetWriteOrder(order): the jobs queued from now on are written even though one before failed */
static napi_value js_reset_write_order(napi_env env, napi_callback_info info) {
  WriteOrder *o = order_argument(env, info, "resetWriteOrder: order must come from createWriteOrder()");
  if (!o) return NULL;
  o->epoch++;
  return NULL;
}

static void order_free(WriteOrder *o) {
  pthread_mutex_destroy(&o->lock);
  pthread_cond_destroy(&o->work);
  free(o);
}

/*
 * The order and its completion queue go away in either sequence: the object is collected (the
 * queue is released, and frees the order once it is gone), or the environment is torn down and
 * takes the queue first (the order is freed with the object).
 */
static void order_done_finalize(napi_env env, void *data, void *hint) {
  (void)env;
  (void)hint;
  WriteOrder *o = data;
  order_stop(o);
  o->done = NULL;
  if (o->collected) order_free(o);
}

static void order_finalize(napi_env env, void *data, void *hint) {
  (void)env;
  (void)hint;
  WriteOrder *o = data;
  o->collected = 1;
  if (o->done != NULL) napi_release_threadsafe_function(o->done, napi_tsfn_release);
  else order_free(o);
}

/* createWriteOrder(): an opaque object, passed to writeAt for every write to one file */
static napi_value js_create_write_order(napi_env env, napi_callback_info info) {
  (void)info;
  WriteOrder *o = calloc(1, sizeof *o);
  if (!o) return throw_type(env, "createWriteOrder: out of memory");
  napi_value name, out;
  napi_create_string_utf8(env, "vtio.writeOrder", NAPI_AUTO_LENGTH, &name);
  pthread_mutex_init(&o->lock, NULL);
  pthread_cond_init(&o->work, NULL);
  if (napi_create_threadsafe_function(env, NULL, NULL, name, 0, 1, o, order_done_finalize, o, order_job_done, &o->done) != napi_ok) {
    order_free(o);
    return throw_type(env, "createWriteOrder: cannot create the completion queue");
  }
  /* only jobs in flight keep the process alive */
  napi_unref_threadsafe_function(env, o->done);
  if (napi_create_external(env, o, order_finalize, NULL, &out) != napi_ok) {
    order_finalize(env, o, NULL);
    return NULL;
  }
  return out;
}

static void write_execute(napi_env env, void *data) {
  (void)env;
  write_pieces(data);
}

static void write_complete(napi_env env, napi_status status, void *data) {
  WriteJob *j = data;
  if (status != napi_ok && !j->err) j->err = ECANCELED;
  napi_delete_async_work(env, j->work);
  finish_job(env, j);
}

/* Queues a job to the writing thread of its order, starting the thread at the first job. */
static int order_queue(napi_env env, WriteOrder *o, WriteJob *j) {
  pthread_mutex_lock(&o->lock);
  if (!o->started) {
    o->quit = 0;
    if (pthread_create(&o->thread, NULL, order_thread, o) != 0) {
      pthread_mutex_unlock(&o->lock);
      return 0;
    }
    o->started = 1;
  }
  j->epoch = o->epoch;
  if (o->tail) o->tail->next = j;
  else o->head = j;
  o->tail = j;
  pthread_cond_signal(&o->work);
  pthread_mutex_unlock(&o->lock);
  if (o->in_flight++ == 0) napi_ref_threadsafe_function(env, o->done);
  return 1;
}

/*
 * writeAt(fd, position, piece, buffers: Uint8Array[], order?, directFd?): Promise<number>
 * Writes the buffers one after the other from `position`, each system call ending on a file
 * offset that is a multiple of `piece` (or at the end); resolves to the bytes written (all of
 * them) or rejects with the errno of the call that failed. With an order (createWriteOrder), on
 * that order's writing thread after the jobs queued before; without, on the thread pool. With an
 * order and `directFd` (the same file opened with O_DIRECT), a large job's whole pages are
 * written through that one instead (vtio-direct.h).
 */
static napi_value js_write_at(napi_env env, napi_callback_info info) {
  size_t argc = 6;
  napi_value argv[6];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  WriteOrder *order = NULL;
  int32_t dfd = -1;
  if (argc >= 6) {
    napi_valuetype t;
    if (napi_typeof(env, argv[5], &t) != napi_ok || (t != napi_undefined && (t != napi_number || napi_get_value_int32(env, argv[5], &dfd) != napi_ok || dfd < 0))) {
      return throw_type(env, "writeAt: directFd must be a file descriptor");
    }
  }
  if (argc >= 5) {
    napi_valuetype t;
    if (napi_typeof(env, argv[4], &t) != napi_ok || (t != napi_undefined && t != napi_external)) {
      return throw_type(env, "writeAt: order must come from createWriteOrder()");
    }
    if (t == napi_external) napi_get_value_external(env, argv[4], (void **)&order);
  }
  int32_t fd;
  double position, piece;
  uint32_t count;
  bool isarr = false;
  if (argc < 4 || napi_get_value_int32(env, argv[0], &fd) != napi_ok || napi_get_value_double(env, argv[1], &position) != napi_ok ||
      napi_get_value_double(env, argv[2], &piece) != napi_ok || napi_is_array(env, argv[3], &isarr) != napi_ok || !isarr ||
      napi_get_array_length(env, argv[3], &count) != napi_ok || position < 0 || piece < 4096) {
    return throw_type(env, "writeAt(fd, position, piece, buffers): bad arguments");
  }
  WriteJob *j = calloc(1, sizeof *j + count * sizeof(struct iovec));
  if (!j) return throw_type(env, "writeAt: out of memory");
  for (uint32_t i = 0; i < count; i++) {
    napi_value el;
    uint8_t *data;
    size_t len;
    if (napi_get_element(env, argv[3], i, &el) != napi_ok || !get_bytes(env, el, &data, &len)) {
      free(j);
      return throw_type(env, "writeAt: every buffer must be a Uint8Array");
    }
    j->iov[i].iov_base = data;
    j->iov[i].iov_len = len;
  }
  j->fd = fd;
  j->dfd = order != NULL ? dfd : -1;
  j->position = (int64_t)position;
  j->piece = (size_t)piece;
  j->count = count;
  while (j->count > 0 && j->iov[j->count - 1].iov_len == 0) j->count--;
  napi_value promise;
  if (!job_promise(env, argv[3], &j->deferred, &promise, &j->keep)) {
    free(j);
    return NULL;
  }
  if (order != NULL) {
    if (napi_create_reference(env, argv[4], 1, &j->keep_order) != napi_ok) {
      j->keep_order = NULL;
      j->err = ECANCELED;
      finish_job(env, j);
      return NULL;
    }
    if (!order_queue(env, order, j)) {
      j->err = EAGAIN;
      finish_job(env, j);
    }
    return promise;
  }
  if (!queue_work(env, "vtio.writeAt", write_execute, write_complete, j, &j->work)) {
    j->err = ECANCELED;
    finish_job(env, j);
    return NULL;
  }
  return promise;
}

#endif
