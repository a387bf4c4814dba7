/* The packer's native file calls (afclient/pack/packio.ts). readSmall reads a small file in one
 * call: open (O_NOATIME where allowed), read it whole into the caller's memory (the archive
 * writer's batch), fstat, give the atime back if it could not be left alone, close. Through node:fs that is four calls, each with its own argument
 * checks, and a BigIntStats object of some twenty BigInts for the fstat; the packer makes it
 * for every small file of a tree.
 *
 * Only the outcome the packer acts on is reported: the file read whole and unchanged, or changed
 * while read (modified, grew, shrank). Anything else (cannot open, read error, not the file the
 * walk found) answers FALLBACK, and the packer reads the file again through node:fs, which
 * reports the problem in its own words. */
#define _GNU_SOURCE
#include <node_api.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define PATH_BUF 4096

enum { UNCHANGED = 0, MODIFIED = 1, GREW = 2, SHRANK = 3, FALLBACK = -1 };
/* expect[]: what the walk saw. */
enum { EX_INO, EX_DEV, EX_SIZE, EX_MTIME_NS, EX_ATIME_NS, EX_LEN };
/* out[]: bytes read, the size fstat gives after reading, errno of a failed atime restore. */
enum { OUT_GOT, OUT_SIZE, OUT_ATIME_ERRNO, OUT_LEN };
#define KEEP_ATIME 1

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

  /* O_NONBLOCK: if a FIFO was put in the file's place, open must not wait for a writer. */
  int base = O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC;
  int writeBackAtime = 0;
  int fd = open(path, base | ((flags & KEEP_ATIME) ? O_NOATIME : 0));
  if (fd < 0 && (flags & KEEP_ATIME) && errno == EPERM) {
    fd = open(path, base); /* O_NOATIME is for the owner and root only */
    writeBackAtime = 1;
  }
  if (fd < 0) return int_value(env, FALLBACK);

  int status = FALLBACK;
  int64_t got = 0;
  int shrank = 0;
  while (got < size) {
    ssize_t n = read(fd, dst + at + got, (size_t)(size - got));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) goto done;
    if (n == 0) {
      shrank = 1; /* the rest up to the walk-time size stays a hole: zeros on restore */
      break;
    }
    got += n;
  }
  struct stat now;
  if (fstat(fd, &now) < 0 || !S_ISREG(now.st_mode) || (int64_t)now.st_ino != expect[EX_INO] || (int64_t)now.st_dev != expect[EX_DEV]) goto done;
  int64_t mtimeNs = (int64_t)now.st_mtim.tv_sec * 1000000000 + now.st_mtim.tv_nsec;
  if (shrank || now.st_size < size) status = SHRANK;
  else if (now.st_size != size) status = GREW;
  else if (mtimeNs != expect[EX_MTIME_NS]) status = MODIFIED;
  else status = UNCHANGED;
  out[OUT_GOT] = (double)got;
  out[OUT_SIZE] = (double)now.st_size;

done:
  if (writeBackAtime) {
    int64_t a = expect[EX_ATIME_NS];
    int64_t sec = a / 1000000000, nsec = a % 1000000000;
    if (nsec < 0) {
      nsec += 1000000000;
      sec -= 1;
    }
    struct timespec ts[2] = {{.tv_sec = sec, .tv_nsec = nsec}, {.tv_sec = 0, .tv_nsec = UTIME_OMIT}};
    if (futimens(fd, ts) < 0 && status != FALLBACK) out[OUT_ATIME_ERRNO] = errno;
  }
  close(fd);
  return int_value(env, status);
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
  napi_property_descriptor props[] = {
      {"readSmall", NULL, pk_read_small, NULL, NULL, NULL, napi_default, NULL},
      {"willNeed", NULL, pk_will_need, NULL, NULL, NULL, napi_default, NULL},
  };
  napi_define_properties(env, exports, sizeof props / sizeof props[0], props);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
