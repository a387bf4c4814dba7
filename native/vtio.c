/* The vtio addon: the virtual tape's checksums (checksum.c) for JavaScript; positioned reads
 * whose records are verified on a libuv thread-pool thread (a window of records, so that checking
 * it overlaps with the main thread handing out the previous one, or several records straight
 * into their own buffers); and positioned writes of batches of buffers, in system calls of
 * bounded size, on the writing thread of the file, in the order they were queued (vtio-write.h). */
#define _GNU_SOURCE
#include <node_api.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>
#include "checksum.h"

/* ---- N-API glue ------------------------------------------------------------------------------ */

static napi_value throw_type(napi_env env, const char *msg) {
  napi_throw_type_error(env, NULL, msg);
  return NULL;
}

/* Rejects with an Error whose code is the errno name, as node:fs does. */
static void reject_errno(napi_env env, napi_deferred deferred, int e) {
  const char *name = strerrorname_np(e);
  napi_value code, msg, error;
  napi_create_string_utf8(env, name ? name : "EIO", NAPI_AUTO_LENGTH, &code);
  napi_create_string_utf8(env, strerror(e), NAPI_AUTO_LENGTH, &msg);
  napi_create_error(env, code, msg, &error);
  napi_set_named_property(env, error, "code", code);
  napi_reject_deferred(env, deferred, error);
}

/*
 * A job's promise and the reference that keeps `keep` (the job's buffers) alive; 0, with nothing
 * left to free, when the environment refuses, as it does while its worker thread is terminated.
 */
static int job_promise(napi_env env, napi_value keep, napi_deferred *deferred, napi_value *promise, napi_ref *ref) {
  if (napi_create_promise(env, deferred, promise) != napi_ok) return 0;
  if (napi_create_reference(env, keep, 1, ref) != napi_ok) {
    reject_errno(env, *deferred, ECANCELED);
    return 0;
  }
  return 1;
}

/* Queues a job on the thread pool; 0, with nothing queued, when the environment refuses. */
static int queue_work(napi_env env, const char *what, napi_async_execute_callback execute, napi_async_complete_callback complete, void *job,
                      napi_async_work *work) {
  napi_value name;
  if (napi_create_string_utf8(env, what, NAPI_AUTO_LENGTH, &name) != napi_ok ||
      napi_create_async_work(env, NULL, name, execute, complete, job, work) != napi_ok) {
    return 0;
  }
  if (napi_queue_async_work(env, *work) != napi_ok) {
    napi_delete_async_work(env, *work);
    return 0;
  }
  return 1;
}

/* Undoes job_promise for a job that could not be queued. */
static void job_abandon(napi_env env, napi_deferred deferred, napi_ref ref) {
  reject_errno(env, deferred, ECANCELED);
  napi_delete_reference(env, ref);
}

/* A job's promise, keeping `keep` alive, and its thread-pool work queued: the promise, or NULL
 * (the job freed, the promise rejected) when the environment refuses, as in a worker that is
 * being terminated. */
static napi_value start_job(napi_env env, napi_value keep, void *job, napi_deferred *deferred, napi_ref *ref, napi_async_work *work,
                            const char *what, napi_async_execute_callback execute, napi_async_complete_callback complete) {
  napi_value promise;
  if (!job_promise(env, keep, deferred, &promise, ref)) {
    free(job);
    return NULL;
  }
  if (!queue_work(env, what, execute, complete, job, work)) {
    job_abandon(env, *deferred, *ref);
    free(job);
    return NULL;
  }
  return promise;
}

/* The bytes of a TypedArray or Buffer argument. */
static int get_bytes(napi_env env, napi_value v, uint8_t **data, size_t *len) {
  bool is;
  if (napi_is_typedarray(env, v, &is) != napi_ok || !is) return 0;
  napi_typedarray_type type;
  size_t n;
  void *d;
  if (napi_get_typedarray_info(env, v, &type, &n, &d, NULL, NULL) != napi_ok) return 0;
  if (type != napi_uint8_array) return 0;
  *data = d;
  *len = n;
  return 1;
}

/* A 64-bit digest of the call's only argument, a Uint8Array, as a bigint. */
static napi_value digest64(napi_env env, napi_callback_info info, uint64_t (*digest)(const uint8_t *, size_t), const char *refusal) {
  size_t argc = 1;
  napi_value argv[1], out;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  uint8_t *data;
  size_t len;
  if (argc < 1 || !get_bytes(env, argv[0], &data, &len)) return throw_type(env, refusal);
  napi_create_bigint_uint64(env, digest(data, len), &out);
  return out;
}

/* xxh64(data: Uint8Array): bigint */
static napi_value js_xxh64(napi_env env, napi_callback_info info) {
  return digest64(env, info, xxh64, "xxh64(data): data must be a Uint8Array");
}

/* crc32(data: Uint8Array, crc = 0): number, as zlib.crc32 */
static napi_value js_crc32(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2], out;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  uint8_t *data;
  size_t len;
  if (argc < 1 || !get_bytes(env, argv[0], &data, &len)) return throw_type(env, "crc32(data, crc): data must be a Uint8Array");
  uint32_t crc = 0;
  if (argc >= 2 && napi_get_value_uint32(env, argv[1], &crc) != napi_ok) return throw_type(env, "crc32(data, crc): crc must be a number");
  napi_create_uint32(env, crc32_update(crc, data, len), &out);
  return out;
}

/* crc64(data: Uint8Array): bigint, CRC-64/XZ */
static napi_value js_crc64(napi_env env, napi_callback_info info) {
  return digest64(env, info, crc64, "crc64(data): data must be a Uint8Array");
}

/* payloadChecksum(version: number, data: Uint8Array): bigint */
static napi_value js_payload_checksum(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2], out;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  int32_t version;
  uint8_t *data;
  size_t len;
  if (argc < 2 || napi_get_value_int32(env, argv[0], &version) != napi_ok || !get_bytes(env, argv[1], &data, &len)) {
    return throw_type(env, "payloadChecksum(version, data): a number and a Uint8Array");
  }
  napi_create_bigint_uint64(env, payload_checksum(version, data, len), &out);
  return out;
}

/* ---- readVerified: pread + payload checks on the thread pool --------------------------------- */

typedef struct {
  napi_async_work work;
  napi_deferred deferred;
  napi_ref keep; /* the argument array, which holds every buffer used below */
  int fd, version, err;
  int64_t position;
  uint8_t *buf;
  size_t length, got;
  uint32_t count;
  const double *starts, *lengths; /* payload offset in buf and payload length, per record */
  const uint64_t *sums;
  uint8_t *verdict; /* per record: 1 checksum good, 0 bad or not (completely) read */
} ReadJob;

static void read_execute(napi_env env, void *data) {
  (void)env;
  ReadJob *j = data;
  size_t got = 0;
  while (got < j->length) {
    ssize_t n = pread(j->fd, j->buf + got, j->length - got, (off_t)(j->position + (int64_t)got));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      j->err = errno;
      return;
    }
    if (n == 0) break;
    got += (size_t)n;
  }
  j->got = got;
  for (uint32_t i = 0; i < j->count; i++) {
    size_t at = (size_t)j->starts[i], len = (size_t)j->lengths[i];
    j->verdict[i] = at + len <= got && payload_checksum(j->version, j->buf + at, len) == j->sums[i];
  }
}

static void read_complete(napi_env env, napi_status status, void *data) {
  ReadJob *j = data;
  napi_value v;
  if (status != napi_ok || j->err) {
    reject_errno(env, j->deferred, status != napi_ok ? ECANCELED : j->err);
  } else {
    napi_create_double(env, (double)j->got, &v);
    napi_resolve_deferred(env, j->deferred, v);
  }
  napi_delete_reference(env, j->keep);
  napi_delete_async_work(env, j->work);
  free(j);
}

static int get_f64(napi_env env, napi_value v, const double **out, size_t *n) {
  bool is;
  napi_typedarray_type type;
  void *d;
  if (napi_is_typedarray(env, v, &is) != napi_ok || !is) return 0;
  if (napi_get_typedarray_info(env, v, &type, n, &d, NULL, NULL) != napi_ok || type != napi_float64_array) return 0;
  *out = d;
  return 1;
}

/* The call's only argument, an array, and its first n elements; 0 when it is not an array. */
static int array_argument(napi_env env, napi_callback_info info, napi_value *array, napi_value *el, uint32_t n) {
  size_t argc = 1;
  bool isarr = false;
  if (napi_get_cb_info(env, info, &argc, array, NULL, NULL) != napi_ok || argc < 1 || napi_is_array(env, *array, &isarr) != napi_ok || !isarr) return 0;
  for (uint32_t i = 0; i < n; i++) napi_get_element(env, *array, i, &el[i]);
  return 1;
}

/*
 * readVerified([fd, buf, length, position, version, count, starts: Float64Array,
 *               lengths: Float64Array, sums: BigUint64Array, verdict: Uint8Array]): Promise<number>
 * Reads up to `length` bytes at `position` into buf, then checks the payload checksum of the
 * first `count` records; resolves to the bytes read. The array keeps every buffer alive.
 */
static napi_value js_read_verified(napi_env env, napi_callback_info info) {
  napi_value array, el[10];
  if (!array_argument(env, info, &array, el, 10)) return throw_type(env, "readVerified: expects one array");
  ReadJob *j = calloc(1, sizeof *j);
  if (!j) return throw_type(env, "readVerified: out of memory");
  double position, length;
  uint32_t count;
  size_t buflen, n1, n2, n3, nv;
  napi_typedarray_type type;
  void *sums;
  if (napi_get_value_int32(env, el[0], &j->fd) != napi_ok || !get_bytes(env, el[1], &j->buf, &buflen) ||
      napi_get_value_double(env, el[2], &length) != napi_ok || napi_get_value_double(env, el[3], &position) != napi_ok ||
      napi_get_value_int32(env, el[4], &j->version) != napi_ok || napi_get_value_uint32(env, el[5], &count) != napi_ok ||
      !get_f64(env, el[6], &j->starts, &n1) || !get_f64(env, el[7], &j->lengths, &n2) ||
      napi_get_typedarray_info(env, el[8], &type, &n3, &sums, NULL, NULL) != napi_ok || type != napi_biguint64_array ||
      !get_bytes(env, el[9], &j->verdict, &nv) || length < 0 || length > (double)buflen || position < 0 ||
      count > n1 || count > n2 || count > n3 || count > nv) {
    free(j);
    return throw_type(env, "readVerified: bad arguments");
  }
  for (uint32_t i = 0; i < count; i++) {
    if (j->starts[i] < 0 || j->lengths[i] < 0 || j->starts[i] + j->lengths[i] > length) {
      free(j);
      return throw_type(env, "readVerified: a record lies outside the read");
    }
  }
  j->sums = sums;
  j->count = count;
  j->length = (size_t)length;
  j->position = (int64_t)position;
  return start_job(env, array, j, &j->deferred, &j->keep, &j->work, "vtio.readVerified", read_execute, read_complete);
}

/* ---- readRecords: preadv of whole records into the caller's buffers, payloads checked -------- */

typedef struct {
  napi_async_work work;
  napi_deferred deferred;
  napi_ref keep; /* the argument array, which holds every buffer used below */
  int fd, version, err;
  int64_t position;
  size_t got;
  uint32_t count;
  uint8_t *frames; /* count frame headers, read and not looked at: the index has them */
  /* after iov: count payload starts and count payload lengths, which the read loop leaves alone */
  const uint64_t *sums;
  uint8_t *verdict;
  struct iovec iov[]; /* frame header, payload, frame header, payload... */
} ReadIntoJob;

static void read_into_execute(napi_env env, void *data) {
  (void)env;
  ReadIntoJob *j = data;
  uint32_t n = 2 * j->count, i = 0;
  size_t total = 0;
  for (uint32_t k = 0; k < n; k++) total += j->iov[k].iov_len;
  struct iovec *v = j->iov;
  while (j->got < total && i < n) {
    ssize_t r = preadv(j->fd, v + i, (int)(n - i < 1024 ? n - i : 1024), (off_t)(j->position + (int64_t)j->got));
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) {
      j->err = errno;
      return;
    }
    if (r == 0) break;
    j->got += (size_t)r;
    /* step over what was read; a cut iovec is advanced in place (the array is this job's own) */
    for (size_t done = (size_t)r; done > 0 && i < n;) {
      if (done < v[i].iov_len) {
        v[i].iov_base = (uint8_t *)v[i].iov_base + done;
        v[i].iov_len -= done;
        break;
      }
      done -= v[i].iov_len;
      i++;
    }
  }
}

static void read_into_complete(napi_env env, napi_status status, void *data) {
  ReadIntoJob *j = data;
  if (status != napi_ok || j->err) {
    reject_errno(env, j->deferred, status != napi_ok ? ECANCELED : j->err);
  } else {
    napi_value v;
    napi_create_double(env, (double)j->got, &v);
    napi_resolve_deferred(env, j->deferred, v);
  }
  napi_delete_reference(env, j->keep);
  napi_delete_async_work(env, j->work);
  free(j);
}

/*
 * readRecords([fd, position, version, frames: Uint8Array, payloads: Uint8Array[], sums:
 *              BigUint64Array, verdict: Uint8Array]): Promise<number>
 * Reads `payloads.length` consecutive records at `position` with preadv: each one's 32-byte
 * frame header into `frames` and its payload straight into payloads[i] (exactly its length);
 * then checks each payload read completely against sums[i] (verdict[i] = 1 when it matches).
 * Resolves to the bytes read.
 */
static void read_into_verify_execute(napi_env env, void *data);

static napi_value js_read_records(napi_env env, napi_callback_info info) {
  napi_value array, el[7];
  if (!array_argument(env, info, &array, el, 7)) return throw_type(env, "readRecords: expects one array");
  int32_t fd, version;
  double position;
  uint8_t *frames, *verdict;
  size_t nframes, nverdict, nsums;
  uint32_t count;
  napi_typedarray_type type;
  void *sums;
  bool isarr = false;
  if (napi_get_value_int32(env, el[0], &fd) != napi_ok || napi_get_value_double(env, el[1], &position) != napi_ok || position < 0 ||
      napi_get_value_int32(env, el[2], &version) != napi_ok || !get_bytes(env, el[3], &frames, &nframes) ||
      napi_is_array(env, el[4], &isarr) != napi_ok || !isarr || napi_get_array_length(env, el[4], &count) != napi_ok ||
      napi_get_typedarray_info(env, el[5], &type, &nsums, &sums, NULL, NULL) != napi_ok || type != napi_biguint64_array ||
      !get_bytes(env, el[6], &verdict, &nverdict) || count == 0 || count > 512 || nframes < 32 * (size_t)count || nsums < count ||
      nverdict < count) {
    return throw_type(env, "readRecords: bad arguments");
  }
  ReadIntoJob *j = calloc(1, sizeof *j + 2 * count * sizeof(struct iovec) + count * (sizeof(uint8_t *) + sizeof(size_t)));
  if (!j) return throw_type(env, "readRecords: out of memory");
  uint8_t **payload = (uint8_t **)(j->iov + 2 * count);
  size_t *length = (size_t *)(payload + count);
  for (uint32_t i = 0; i < count; i++) {
    napi_value p;
    if (napi_get_element(env, el[4], i, &p) != napi_ok || !get_bytes(env, p, &payload[i], &length[i])) {
      free(j);
      return throw_type(env, "readRecords: every payload must be a Uint8Array");
    }
    j->iov[2 * i].iov_base = frames + 32 * (size_t)i;
    j->iov[2 * i].iov_len = 32;
    j->iov[2 * i + 1].iov_base = payload[i];
    j->iov[2 * i + 1].iov_len = length[i];
  }
  j->fd = fd;
  j->version = version;
  j->position = (int64_t)position;
  j->count = count;
  j->frames = frames;
  j->sums = sums;
  j->verdict = verdict;
  return start_job(env, array, j, &j->deferred, &j->keep, &j->work, "vtio.readRecords", read_into_verify_execute, read_into_complete);
}

/* The read, then the payload checks, on the thread: each record only if it was read completely. */
static void read_into_verify_execute(napi_env env, void *data) {
  ReadIntoJob *j = data;
  read_into_execute(env, j);
  if (j->err) return;
  uint8_t **payload = (uint8_t **)(j->iov + 2 * j->count);
  size_t *length = (size_t *)(payload + j->count);
  size_t end = 0;
  for (uint32_t i = 0; i < j->count; i++) {
    end += 32 + length[i];
    j->verdict[i] = end <= j->got && payload_checksum(j->version, payload[i], length[i]) == j->sums[i];
  }
}

#include "vtio-write.h"

/* Worker threads load the addon again: the tables are built once per process. */
static pthread_once_t once = PTHREAD_ONCE_INIT;

static napi_value init(napi_env env, napi_value exports) {
  pthread_once(&once, checksum_init);
  napi_property_descriptor props[] = {
      {"xxh64", NULL, js_xxh64, NULL, NULL, NULL, napi_default, NULL},
      {"crc32", NULL, js_crc32, NULL, NULL, NULL, napi_default, NULL},
      {"crc64", NULL, js_crc64, NULL, NULL, NULL, napi_default, NULL},
      {"payloadChecksum", NULL, js_payload_checksum, NULL, NULL, NULL, napi_default, NULL},
      {"readVerified", NULL, js_read_verified, NULL, NULL, NULL, napi_default, NULL},
      {"writeAt", NULL, js_write_at, NULL, NULL, NULL, napi_default, NULL},
      {"directGranule", NULL, js_direct_granule, NULL, NULL, NULL, napi_default, NULL},
      {"readRecords", NULL, js_read_records, NULL, NULL, NULL, napi_default, NULL},
      {"createWriteOrder", NULL, js_create_write_order, NULL, NULL, NULL, napi_default, NULL},
      {"closeWriteOrder", NULL, js_close_write_order, NULL, NULL, NULL, napi_default, NULL},
      {"resetWriteOrder", NULL, js_reset_write_order, NULL, NULL, NULL, napi_default, NULL},
  };
  napi_define_properties(env, exports, sizeof props / sizeof props[0], props);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
