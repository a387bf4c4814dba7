/* The packer's native file calls (afclient/pack/packio.ts). readSmall reads a small file in one
 * call: open (O_NOATIME where allowed), read it whole into the caller's memory (the archive
 * writer's batch), fstat, give the atime back if it could not be left alone, close. Through
 * node:fs that is four calls, each with its own argument checks, and a BigIntStats object of some
 * twenty BigInts for the fstat; the packer makes it for every small file of a tree. encodeBatch
 * reads every file of a writer's batch that way (packio-read.h) on an encoding thread
 * (encode-pool.h), then encodes the batch there (batch-encode.h).
 *
 * Only the outcome the packer acts on is reported: the file read whole and unchanged, or changed
 * while read (modified, grew, shrank). Anything else (cannot open, read error, not the file the
 * walk found) answers FALLBACK, and the packer reads the file again through node:fs, which
 * reports the problem in its own words. */
#define _GNU_SOURCE
#include <node_api.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "batch-encode.h"
#include "encode-pool.h"
#include "packio-read.h"

static napi_value int_value(napi_env env, int32_t v) {
  napi_value r;
  napi_create_int32(env, v, &r);
  return r;
}

static napi_value throw_type(napi_env env, const char *msg) {
  napi_throw_type_error(env, NULL, msg);
  return NULL;
}

static int typed(napi_env env, napi_value v, napi_typedarray_type want, void **data, size_t *len) {
  bool is = false;
  napi_typedarray_type t;
  napi_value ab;
  size_t off;
  if (napi_is_typedarray(env, v, &is) != napi_ok || !is) return 0;
  if (napi_get_typedarray_info(env, v, &t, len, data, &ab, &off) != napi_ok) return 0;
  return t == want;
}

/* readSmall(path: Buffer, dst: Uint8Array, at: number, expect: BigInt64Array(5), flags: number,
 *           out: Float64Array(3)) -> UNCHANGED | MODIFIED | GREW | SHRANK | FALLBACK
 * Reads at most expect[EX_SIZE] bytes into dst[at..]. */
static napi_value pk_read_small(napi_env env, napi_callback_info info) {
  size_t argc = 6;
  napi_value argv[6];
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < 6) return throw_type(env, "expected (path, dst, at, expect, flags, out)");
  bool isbuf = false;
  void *pathData;
  size_t pathLen;
  if (napi_is_buffer(env, argv[0], &isbuf) != napi_ok || !isbuf || napi_get_buffer_info(env, argv[0], &pathData, &pathLen) != napi_ok)
    return throw_type(env, "path must be a Buffer");
  uint8_t *dst;
  size_t dstLen;
  int64_t *expect;
  size_t expectLen;
  double *out;
  size_t outLen;
  int64_t at;
  int32_t flags;
  if (!typed(env, argv[1], napi_uint8_array, (void **)&dst, &dstLen) || napi_get_value_int64(env, argv[2], &at) != napi_ok ||
      !typed(env, argv[3], napi_bigint64_array, (void **)&expect, &expectLen) || expectLen < EX_LEN ||
      napi_get_value_int32(env, argv[4], &flags) != napi_ok || !typed(env, argv[5], napi_float64_array, (void **)&out, &outLen) || outLen < OUT_LEN)
    return throw_type(env, "expected (path: Buffer, dst: Uint8Array, at: number, expect: BigInt64Array(5), flags: number, out: Float64Array(3))");
  int64_t size = expect[EX_SIZE];
  if (at < 0 || size < 0 || (uint64_t)at + (uint64_t)size > dstLen) return throw_type(env, "dst has no room for the file's size at `at`");
  out[OUT_GOT] = 0;
  out[OUT_SIZE] = 0;
  out[OUT_ATIME_ERRNO] = 0;

  char path[PATH_BUF];
  if (pathLen + 1 > sizeof path || memchr(pathData, 0, pathLen)) return int_value(env, FALLBACK);
  memcpy(path, pathData, pathLen);
  path[pathLen] = 0;
  return int_value(env, read_one(AT_FDCWD, path, dst + at, expect, flags, out));
}

/* Whether each of n files' path lies in paths[0 .. pathsLen) and its room for its walk-time size
 * in dst[0 .. dstLen). */
static int files_fit(size_t pathsLen, const double *ends, size_t n, const int64_t *stats, const double *ats, size_t dstLen) {
  for (size_t i = 0; i < n; i++) {
    double from = i == 0 ? 0 : ends[i - 1], to = ends[i], at = ats[i];
    int64_t size = stats[i * ST_FIELDS + ST_SIZE];
    if (!(from >= 0 && from <= to && to <= (double)pathsLen) || !(at >= 0) || size < 0 || at + (double)size > (double)dstLen) return 0;
  }
  return 1;
}

/* One encodeBatch call while it is queued and runs on the encoding threads (encode-pool.h). Its
 * inputs (ops, the files' paths and identities) are copies of its own, checked as copied: what
 * the caller does with its arrays meanwhile cannot reach the thread. */
struct encode_job {
  struct pool_job job; /* first: the pool hands this back */
  napi_deferred deferred;
  /* The typed arrays it writes into (batch, positions, digests; status and out with files), kept
   * alive until it is answered. */
  napi_ref refs[5];
  size_t nrefs;
  uint8_t *buf;
  double *ops;
  size_t count;
  double *positions;
  uint8_t *digests;
  /* The batch's files (nfiles 0: none), as FileReads carries them; ats from the file ops. */
  size_t nfiles;
  uint8_t *paths, *keep;
  double *ends, *ats, *out;
  int64_t *stats;
  int32_t *status;
  /* The output's length, -1 (files not all read whole and unchanged: nothing encoded) or -2 (error). */
  int64_t result;
  char error[ENCODE_ERROR_LEN];
};

/* Per JavaScript thread (instance data): the pool's owner (where finished jobs are answered),
 * and how many of its jobs are out (while any are, they keep its event loop alive). Freed once
 * its threadsafe function is, when the thread is torn down. */
struct encode_env {
  struct pool_owner owner;
  size_t pending;
};

static void encode_run(struct pool_job *pj) {
  struct encode_job *j = (struct encode_job *)pj;
  if (j->nfiles > 0) {
    read_files(j->paths, j->ends, j->stats, j->keep, j->nfiles, j->buf, j->ats, j->status, j->out);
    for (size_t f = 0; f < j->nfiles; f++) {
      if (j->status[f] != UNCHANGED || j->out[f * OUT_LEN + OUT_ATIME_ERRNO] != 0) {
        j->result = -1;
        return;
      }
    }
    files_read_whole(j->ops, j->count);
  }
  j->result = encode_ops(j->buf, j->ops, j->count, j->positions, j->digests, j->error);
  if (j->result < 0) j->result = -2;
}

/* Frees a job's own memory; its references go with its thread's environment. */
static void encode_drop(struct pool_job *pj) {
  struct encode_job *j = (struct encode_job *)pj;
  free(j->ops);
  free(j->paths);
  free(j->ends);
  free(j->stats);
  free(j->keep);
  free(j->ats);
  free(j);
}

static void encode_free(napi_env env, struct encode_job *j) {
  for (size_t i = 0; i < j->nrefs; i++) napi_delete_reference(env, j->refs[i]);
  encode_drop(&j->job);
}

/* On the JavaScript thread: settles a finished job's promise. */
static void encode_done(napi_env env, napi_value js_cb, void *context, void *data) {
  (void)js_cb;
  struct encode_job *j = data;
  if (!env) return encode_drop(&j->job); /* the thread is being torn down: nothing to settle */
  struct encode_env *e = context;
  if (--e->pending == 0) napi_unref_threadsafe_function(env, e->owner.done);
  napi_value v;
  if (j->result == -2) {
    napi_value msg;
    napi_create_string_utf8(env, j->error, NAPI_AUTO_LENGTH, &msg);
    napi_create_error(env, NULL, msg, &v);
    napi_reject_deferred(env, j->deferred, v);
  } else {
    napi_create_double(env, (double)j->result, &v);
    napi_resolve_deferred(env, j->deferred, v);
  }
  encode_free(env, j);
}

/* The thread's environment is being torn down: none of its jobs may run on or be answered. */
static void encode_env_close(void *data) {
  struct encode_env *e = data;
  pool_close_owner(&e->owner);
}

static void encode_env_free(napi_env env, void *data, void *hint) {
  (void)env;
  (void)hint;
  free(data);
}

/* This JavaScript thread's encode_env, made on first use; NULL with an exception pending. */
static struct encode_env *encode_env_of(napi_env env) {
  struct encode_env *e = NULL;
  if (napi_get_instance_data(env, (void **)&e) == napi_ok && e) return e;
  napi_value name;
  if (!(e = calloc(1, sizeof *e)) || napi_create_string_utf8(env, "afbackup:encodeBatch", NAPI_AUTO_LENGTH, &name) != napi_ok ||
      napi_create_threadsafe_function(env, NULL, NULL, name, 0, 1, e, encode_env_free, e, encode_done, &e->owner.done) != napi_ok) {
    free(e);
    napi_throw_error(env, NULL, "could not set up batch encoding on this thread");
    return NULL;
  }
  napi_unref_threadsafe_function(env, e->owner.done);
  /* Added after the threadsafe function's own: runs before it at teardown. */
  napi_add_env_cleanup_hook(env, encode_env_close, e);
  napi_set_instance_data(env, e, NULL, NULL);
  return e;
}

/* A copy of a typed array's `len` elements of `size` bytes in memory of the job's own (room for
 * them only, without `data`); NULL (with an exception pending) when there is no memory. */
static void *own_copy(napi_env env, const void *data, size_t len, size_t size) {
  size_t bytes = len * size;
  void *copy = malloc(bytes > 0 ? bytes : 1);
  if (!copy) napi_throw_error(env, NULL, "no memory for a batch encoding");
  else if (data && bytes > 0) memcpy(copy, data, bytes);
  return copy;
}

/* Reads the batch's files argument (an array of paths, pathEnds, stats, keepAtime, status, out)
 * into the job: the inputs copied, the outputs referenced. Returns 1, or 0 with an exception
 * pending. */
static int encode_files(napi_env env, napi_value files, struct encode_job *j, size_t fill, size_t fileOps) {
  napi_value v[6];
  void *data[6];
  size_t len[6];
  static const napi_typedarray_type want[6] = {napi_uint8_array, napi_float64_array, napi_bigint64_array, napi_uint8_array, napi_int32_array, napi_float64_array};
  bool is = false;
  if (napi_is_array(env, files, &is) != napi_ok || !is) goto bad;
  for (uint32_t i = 0; i < 6; i++)
    if (napi_get_element(env, files, i, &v[i]) != napi_ok || !typed(env, v[i], want[i], &data[i], &len[i])) goto bad;
  j->nfiles = len[1];
  if (j->nfiles != fileOps || len[2] < j->nfiles * ST_FIELDS || len[3] < j->nfiles || len[4] < j->nfiles || len[5] < j->nfiles * OUT_LEN) goto bad;
  size_t pathsLen = len[0];
  if (!(j->paths = own_copy(env, data[0], pathsLen, 1)) || !(j->ends = own_copy(env, data[1], j->nfiles, sizeof(double))) ||
      !(j->stats = own_copy(env, data[2], j->nfiles * ST_FIELDS, sizeof(int64_t))) || !(j->keep = own_copy(env, data[3], j->nfiles, 1)) ||
      !(j->ats = own_copy(env, NULL, j->nfiles, sizeof *j->ats)))
    return 0;
  j->status = data[4];
  j->out = data[5];
  int sizes_match = 1;
  for (size_t k = 0, f = 0; k < j->count; k++) {
    const double *op = j->ops + k * OP_STRIDE;
    if (op[OP_TYPE] != OP_FILE_ZSTD && op[OP_TYPE] != OP_FILE_RAW) continue;
    j->ats[f] = op[OP_START];
    if ((double)j->stats[f * ST_FIELDS + ST_SIZE] != op[OP_LEN]) sizes_match = 0;
    f++;
  }
  if (!sizes_match || !files_fit(pathsLen, j->ends, j->nfiles, j->stats, j->ats, fill)) {
    throw_type(env, "encodeBatch: a path outside paths, or a file op whose room is not its file's size");
    return 0;
  }
  napi_create_reference(env, v[4], 1, &j->refs[j->nrefs++]);
  napi_create_reference(env, v[5], 1, &j->refs[j->nrefs++]);
  return 1;
bad:
  throw_type(env, "encodeBatch: the files must be [paths: Uint8Array, pathEnds: Float64Array, stats: BigInt64Array, keepAtime: Uint8Array, status: Int32Array, out: Float64Array], one per file op");
  return 0;
}

/* encodeBatch(batch: Uint8Array, ops: Float64Array, positions: Float64Array, digests: Uint8Array,
 *             files: [paths, pathEnds, stats, keepAtime, status: Int32Array, out: Float64Array] | null,
 *             first: boolean) -> Promise<number>
 * Encodes the batch (batch-encode.h) in place on the encoding threads (encode-pool.h), queued
 * first with `first`. positions needs room for one number per op and one more, digests for
 * PIECE_DIGEST_LEN bytes per chunk or file op. With the batch's files (afclient/codec/
 * file-reads.ts FileReads; their rooms those of the file ops in order) they are read first; when
 * one was not read whole and unchanged, nothing is encoded, the promise resolves to -1 and status
 * and out tell what the reads found (the caller settles the files, turns their ops into ordinary
 * ones and calls again without files). Otherwise it resolves to the output's length. The batch's
 * buffer and the arrays written into must stay attached (not transferred) until it settles. */
static napi_value pk_encode_batch(napi_env env, napi_callback_info info) {
  size_t argc = 6;
  napi_value argv[6];
  struct encode_job *j = calloc(1, sizeof *j);
  if (!j) {
    napi_throw_error(env, NULL, "no memory for a batch encoding");
    return NULL;
  }
  size_t fill, opsLen, positionsLen, digestsLen;
  double *ops;
  napi_valuetype filesType = napi_undefined;
  bool first = false;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < 6 || !typed(env, argv[0], napi_uint8_array, (void **)&j->buf, &fill) ||
      !typed(env, argv[1], napi_float64_array, (void **)&ops, &opsLen) || !typed(env, argv[2], napi_float64_array, (void **)&j->positions, &positionsLen) ||
      !typed(env, argv[3], napi_uint8_array, (void **)&j->digests, &digestsLen) || napi_typeof(env, argv[4], &filesType) != napi_ok ||
      napi_get_value_bool(env, argv[5], &first) != napi_ok || opsLen % OP_STRIDE != 0 || positionsLen < opsLen / OP_STRIDE + 1) {
    free(j);
    return throw_type(env, "expected (batch: Uint8Array, ops: Float64Array, positions: Float64Array(ops + 1), digests: Uint8Array, files | null, first: boolean)");
  }
  j->count = opsLen / OP_STRIDE;
  if (!(j->ops = own_copy(env, ops, opsLen, sizeof(double)))) {
    free(j);
    return NULL;
  }
  size_t chunks = 0, fileOps = 0;
  for (size_t k = 0; k < j->count; k++) {
    double type = j->ops[k * OP_STRIDE + OP_TYPE];
    if (type == OP_FILE_ZSTD || type == OP_FILE_RAW) fileOps++;
    if (type == OP_RAW || type == OP_ZSTD || type == OP_FILE_ZSTD || type == OP_FILE_RAW) chunks++;
  }
  /* Either sets the error (j is zeroed: empty while none is found). */
  if (digestsLen < chunks * PIECE_DIGEST_LEN) snprintf(j->error, sizeof j->error, "encodeBatch: digests has no room for %zu chunks", chunks);
  else check_ops(j->ops, j->count, fill, j->error);
  if (j->error[0]) {
    napi_throw_range_error(env, NULL, j->error);
    encode_drop(&j->job);
    return NULL;
  }
  if (filesType != napi_null && filesType != napi_undefined) {
    if (!encode_files(env, argv[4], j, fill, fileOps)) {
      encode_free(env, j);
      return NULL;
    }
  } else if (fileOps > 0) {
    encode_drop(&j->job);
    return throw_type(env, "encodeBatch: file ops need the batch's files");
  }
  struct encode_env *e = encode_env_of(env);
  if (!e) {
    encode_free(env, j);
    return NULL;
  }
  napi_create_reference(env, argv[0], 1, &j->refs[j->nrefs++]);
  napi_create_reference(env, argv[2], 1, &j->refs[j->nrefs++]);
  napi_create_reference(env, argv[3], 1, &j->refs[j->nrefs++]);
  napi_value promise;
  napi_create_promise(env, &j->deferred, &promise);
  j->job.owner = &e->owner;
  j->job.run = encode_run;
  j->job.drop = encode_drop;
  int err = pool_submit(&j->job, first);
  if (err != 0) {
    napi_value msg, error;
    char text[ENCODE_ERROR_LEN];
    snprintf(text, sizeof text, "could not start a thread to encode batches: %s", strerror(err));
    napi_create_string_utf8(env, text, NAPI_AUTO_LENGTH, &msg);
    napi_create_error(env, NULL, msg, &error);
    napi_reject_deferred(env, j->deferred, error);
    encode_free(env, j);
    return promise;
  }
  if (e->pending++ == 0) napi_ref_threadsafe_function(env, e->owner.done);
  return promise;
}

/* willNeed(fd, offset, length): asks the kernel to start reading that part of the file into the
 * page cache now (POSIX_FADV_WILLNEED), so that the read after this one finds it there while the
 * codec workers compress the chunk before. Advice only: failures are ignored. */
static napi_value pk_will_need(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  int32_t fd;
  int64_t offset, length;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < 3 || napi_get_value_int32(env, argv[0], &fd) != napi_ok ||
      napi_get_value_int64(env, argv[1], &offset) != napi_ok || napi_get_value_int64(env, argv[2], &length) != napi_ok)
    return throw_type(env, "expected (fd, offset, length)");
  posix_fadvise(fd, offset, length, POSIX_FADV_WILLNEED);
  return NULL;
}

static napi_value init(napi_env env, napi_value exports) {
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  pthread_once(&once, checksum_init);
  napi_property_descriptor props[] = {
      {"readSmall", NULL, pk_read_small, NULL, NULL, NULL, napi_default, NULL},
      {"willNeed", NULL, pk_will_need, NULL, NULL, NULL, napi_default, NULL},
      {"encodeBatch", NULL, pk_encode_batch, NULL, NULL, NULL, napi_default, NULL},
  };
  napi_define_properties(env, exports, sizeof props / sizeof props[0], props);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
