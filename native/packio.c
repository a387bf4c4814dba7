/* The packer's native file calls (afclient/pack/packio.ts). readSmall reads a small file in one
 * call: open (O_NOATIME where allowed), read it whole into the caller's memory (the archive
 * writer's batch), fstat, give the atime back if it could not be left alone, close. Through node:fs that is four calls, each with its own argument
 * checks, and a BigIntStats object of some twenty BigInts for the fstat; the packer makes it
 * for every small file of a tree. readBatch does it for every file of a codec batch in one call,
 * each opened relative to its folder.
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

/* Reads at most expect[EX_SIZE] bytes of `name` (relative to `dfd`, or a path with AT_FDCWD)
 * into dst, as readSmall describes; fills out[OUT_LEN] and returns the outcome. */
static int read_one(int dfd, const char *name, uint8_t *dst, const int64_t *expect, int32_t flags, double *out) {
  int64_t size = expect[EX_SIZE];
  out[OUT_GOT] = 0;
  out[OUT_SIZE] = 0;
  out[OUT_ATIME_ERRNO] = 0;
  /* O_NONBLOCK: if a FIFO was put in the file's place, open must not wait for a writer. */
  int base = O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC;
  int writeBackAtime = 0;
  int fd = openat(dfd, name, base | ((flags & KEEP_ATIME) ? O_NOATIME : 0));
  if (fd < 0 && (flags & KEEP_ATIME) && errno == EPERM) {
    fd = openat(dfd, name, base); /* O_NOATIME is for the owner and root only */
    writeBackAtime = 1;
  }
  if (fd < 0) return FALLBACK;

  int status = FALLBACK;
  int64_t got = 0;
  int shrank = 0;
  while (got < size) {
    ssize_t n = read(fd, dst + got, (size_t)(size - got));
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
  return status;
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

/* The identity fields of a file in readBatch's stats (afclient/codec/file-reads.ts FileReads). */
enum { ST_INO, ST_DEV, ST_SIZE, ST_BLOCKS, ST_MTIME_NS, ST_ATIME_NS, ST_FIELDS };

/* readBatch(paths: Uint8Array, pathEnds: Float64Array, stats: BigInt64Array, keepAtime: Uint8Array,
 *           dst: Uint8Array, ats: Float64Array, status: Int32Array, out: Float64Array)
 * readSmall for each file of a codec batch (FileReads): file i's path is paths[pathEnds[i-1] ..
 * pathEnds[i]), its walk-time identity stats[6i ..] (ino, dev, size, blocks, mtime ns, atime ns),
 * its room dst[ats[i] ..]; its outcome goes to status[i] and out[3i ..]. A batch's files mostly
 * share a few folders: each file is opened relative to its folder, which is opened once for a run
 * of files in it (a path lookup of the folder's name per file less), and closed before this
 * returns. What is read is checked against the walk's identity as readSmall checks it, so a folder
 * replaced meanwhile gives FALLBACK, and the file is read again by its path. */
static napi_value pk_read_batch(napi_env env, napi_callback_info info) {
  size_t argc = 8;
  napi_value argv[8];
  uint8_t *paths, *keep, *dst;
  double *ends, *ats, *out;
  int64_t *stats;
  int32_t *status;
  size_t pathsLen, n, statsLen, keepLen, dstLen, atsLen, statusLen, outLen;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < 8 || !typed(env, argv[0], napi_uint8_array, (void **)&paths, &pathsLen) ||
      !typed(env, argv[1], napi_float64_array, (void **)&ends, &n) || !typed(env, argv[2], napi_bigint64_array, (void **)&stats, &statsLen) ||
      !typed(env, argv[3], napi_uint8_array, (void **)&keep, &keepLen) || !typed(env, argv[4], napi_uint8_array, (void **)&dst, &dstLen) ||
      !typed(env, argv[5], napi_float64_array, (void **)&ats, &atsLen) || !typed(env, argv[6], napi_int32_array, (void **)&status, &statusLen) ||
      !typed(env, argv[7], napi_float64_array, (void **)&out, &outLen) || statsLen < n * ST_FIELDS || keepLen < n || atsLen < n || statusLen < n ||
      outLen < n * OUT_LEN)
    return throw_type(env, "expected (paths: Uint8Array, pathEnds: Float64Array, stats: BigInt64Array, keepAtime: Uint8Array, dst: Uint8Array, ats: Float64Array, status: Int32Array, out: Float64Array), one entry per file");
  for (size_t i = 0; i < n; i++) {
    double from = i == 0 ? 0 : ends[i - 1], to = ends[i], at = ats[i];
    int64_t size = stats[i * ST_FIELDS + ST_SIZE];
    if (!(from >= 0 && from <= to && to <= (double)pathsLen) || !(at >= 0) || size < 0 || at + (double)size > (double)dstLen)
      return throw_type(env, "readBatch: a path outside paths, or no room in dst for a file's size");
  }
  char path[PATH_BUF], folder[PATH_BUF];
  size_t folderLen = 0;
  int dfd = -1;
  for (size_t i = 0; i < n; i++) {
    size_t from = i == 0 ? 0 : (size_t)ends[i - 1], len = (size_t)ends[i] - from;
    const int64_t *s = stats + i * ST_FIELDS;
    int64_t expect[EX_LEN] = {s[ST_INO], s[ST_DEV], s[ST_SIZE], s[ST_MTIME_NS], s[ST_ATIME_NS]};
    double *o = out + i * OUT_LEN;
    if (len + 1 > sizeof path || memchr(paths + from, 0, len)) {
      o[OUT_GOT] = o[OUT_SIZE] = o[OUT_ATIME_ERRNO] = 0;
      status[i] = FALLBACK;
      continue;
    }
    memcpy(path, paths + from, len);
    path[len] = 0;
    /* the folder part: up to the last slash (the root's slash kept), the name after it */
    char *slash = strrchr(path, '/');
    size_t cut = slash == NULL ? 0 : slash == path ? 1 : (size_t)(slash - path);
    if (slash != NULL && slash[1] != 0 && (dfd < 0 || cut != folderLen || memcmp(folder, path, cut) != 0)) {
      if (dfd >= 0) close(dfd);
      memcpy(folder, path, cut);
      folder[cut] = 0;
      folderLen = cut;
      dfd = open(folder, O_PATH | O_DIRECTORY | O_CLOEXEC);
      if (dfd < 0) folderLen = 0;
    }
    int relative = slash != NULL && slash[1] != 0 && dfd >= 0;
    status[i] = read_one(relative ? dfd : AT_FDCWD, relative ? slash + 1 : path, dst + (size_t)ats[i], expect, keep[i] ? KEEP_ATIME : 0, o);
  }
  if (dfd >= 0) close(dfd);
  return NULL;
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
      {"readBatch", NULL, pk_read_batch, NULL, NULL, NULL, napi_default, NULL},
      {"willNeed", NULL, pk_will_need, NULL, NULL, NULL, napi_default, NULL},
  };
  napi_define_properties(env, exports, sizeof props / sizeof props[0], props);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
