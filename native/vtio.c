/* The vtio addon: the virtual tape's checksums (checksum.c) for JavaScript, and a positioned read
 * whose records are verified on a libuv thread-pool thread, so that checking a window of records
 * overlaps with the main thread handing out the previous one. */
#define _GNU_SOURCE
#include <node_api.h>
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "checksum.h"

/* ---- N-API glue ------------------------------------------------------------------------------ */

static napi_value throw_type(napi_env env, const char *msg) {
  napi_throw_type_error(env, NULL, msg);
  return NULL;
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

/* xxh64(data: Uint8Array): bigint */
static napi_value js_xxh64(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], out;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  uint8_t *data;
  size_t len;
  if (argc < 1 || !get_bytes(env, argv[0], &data, &len)) return throw_type(env, "xxh64(data): data must be a Uint8Array");
  napi_create_bigint_uint64(env, xxh64(data, len), &out);
  return out;
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
    int e = status != napi_ok ? ECANCELED : j->err;
    const char *name = strerrorname_np(e);
    napi_value code, msg, error;
    napi_create_string_utf8(env, name ? name : "EIO", NAPI_AUTO_LENGTH, &code);
    napi_create_string_utf8(env, strerror(e), NAPI_AUTO_LENGTH, &msg);
    napi_create_error(env, code, msg, &error);
    napi_set_named_property(env, error, "code", code);
    napi_reject_deferred(env, j->deferred, error);
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

/*
 * readVerified([fd, buf, length, position, version, count, starts: Float64Array,
 *               lengths: Float64Array, sums: BigUint64Array, verdict: Uint8Array]): Promise<number>
 * Reads up to `length` bytes at `position` into buf, then checks the payload checksum of the
 * first `count` records; resolves to the bytes read. The array keeps every buffer alive.
 */
static napi_value js_read_verified(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], el[10];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  bool isarr = false;
  if (argc < 1 || napi_is_array(env, argv[0], &isarr) != napi_ok || !isarr) return throw_type(env, "readVerified: expects one array");
  for (uint32_t i = 0; i < 10; i++) napi_get_element(env, argv[0], i, &el[i]);
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
  napi_value promise, name;
  napi_create_promise(env, &j->deferred, &promise);
  napi_create_reference(env, argv[0], 1, &j->keep);
  napi_create_string_utf8(env, "vtio.readVerified", NAPI_AUTO_LENGTH, &name);
  napi_create_async_work(env, NULL, name, read_execute, read_complete, j, &j->work);
  napi_queue_async_work(env, j->work);
  return promise;
}

/* Worker threads load the addon again: the tables are built once per process. */
static pthread_once_t once = PTHREAD_ONCE_INIT;

static napi_value init(napi_env env, napi_value exports) {
  pthread_once(&once, checksum_init);
  napi_property_descriptor props[] = {
      {"xxh64", NULL, js_xxh64, NULL, NULL, NULL, napi_default, NULL},
      {"crc32", NULL, js_crc32, NULL, NULL, NULL, napi_default, NULL},
      {"payloadChecksum", NULL, js_payload_checksum, NULL, NULL, NULL, napi_default, NULL},
      {"readVerified", NULL, js_read_verified, NULL, NULL, NULL, napi_default, NULL},
  };
  napi_define_properties(env, exports, sizeof props / sizeof props[0], props);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
