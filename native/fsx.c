/* Filesystem calls Node.js does not offer: hole search (SEEK_DATA/SEEK_HOLE), extended
 * attributes on paths without following symlinks, device nodes and FIFOs, timestamps with
 * nanosecond precision (Node passes times as float seconds, which loses the last digits), and a
 * directory scan that returns every entry's lstat in one call (a backup's walk otherwise makes
 * one JavaScript call and one stats object per entry), also for a whole tree on a thread of its
 * own, ahead of the walk (fsx-ahead.h), and the packer's lstat of an entry with a look at its
 * extended attributes, into a reused record (fsx-lstat.h); and a memmove for the codec workers'
 * shared batch buffers, which V8 copies slowly (fsx-copy.h). Every call is synchronous: each is one short syscall, or one directory.
 * Errors carry .code = errno name. */
#define _GNU_SOURCE
#include <node_api.h>
#include <errno.h>
#include <fcntl.h>
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/types.h>
#include <sys/xattr.h>
#include <unistd.h>

/* PATH_MAX and one byte more: N-API cuts a longer string at the buffer's size, so a path of
 * PATH_MAX - 1 bytes (the longest the kernel takes) is told apart from a longer one cut short. */
#define PATH_BUF 4097
#define NAME_BUF 256

#include "fsx-scan.h"
#include "fsx-ahead.h"
#include "fsx-lstat.h"

static napi_value throw_errno(napi_env env, int err, const char *syscall, const char *path) {
  const char *name = strerrorname_np(err);
  char msg[PATH_BUF + 128];
  if (path) snprintf(msg, sizeof msg, "%s, %s '%s'", name ? name : "EUNKNOWN", strerror(err), path);
  else snprintf(msg, sizeof msg, "%s, %s", name ? name : "EUNKNOWN", strerror(err));
  napi_value code, text, error, num, sc;
  napi_create_string_utf8(env, name ? name : "EUNKNOWN", NAPI_AUTO_LENGTH, &code);
  napi_create_string_utf8(env, msg, NAPI_AUTO_LENGTH, &text);
  napi_create_error(env, code, text, &error);
  napi_set_named_property(env, error, "code", code);
  napi_create_int32(env, -err, &num);
  napi_set_named_property(env, error, "errno", num);
  napi_create_string_utf8(env, syscall, NAPI_AUTO_LENGTH, &sc);
  napi_set_named_property(env, error, "syscall", sc);
  napi_throw(env, error);
  return NULL;
}

static napi_value throw_type(napi_env env, const char *msg) {
  napi_throw_type_error(env, NULL, msg);
  return NULL;
}

/* A path argument: a string (UTF-8) or a Buffer (raw bytes, for names that are not UTF-8). */
static int get_path(napi_env env, napi_value v, char *out, size_t cap) {
  bool isbuf = false;
  napi_is_buffer(env, v, &isbuf);
  if (isbuf) {
    void *data;
    size_t len;
    napi_get_buffer_info(env, v, &data, &len);
    if (len + 1 > cap || memchr(data, 0, len)) return 0;
    memcpy(out, data, len);
    out[len] = 0;
    return 1;
  }
  napi_valuetype t;
  napi_typeof(env, v, &t);
  if (t != napi_string) return 0;
  size_t len;
  if (napi_get_value_string_utf8(env, v, out, cap, &len) != napi_ok || len + 1 >= cap) return 0;
  return strlen(out) == len;
}

static int get_args(napi_env env, napi_callback_info info, size_t want, napi_value *argv) {
  size_t argc = want;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  return argc >= want;
}

static int get_i64(napi_env env, napi_value v, int64_t *out) {
  napi_valuetype t;
  napi_typeof(env, v, &t);
  if (t == napi_bigint) {
    bool lossless;
    return napi_get_value_bigint_int64(env, v, out, &lossless) == napi_ok && lossless;
  }
  if (t == napi_number) return napi_get_value_int64(env, v, out) == napi_ok;
  return 0;
}

static napi_value seek(napi_env env, napi_callback_info info, int whence, const char *what) {
  napi_value argv[2];
  int32_t fd;
  int64_t off;
  if (!get_args(env, info, 2, argv) || napi_get_value_int32(env, argv[0], &fd) != napi_ok || !get_i64(env, argv[1], &off))
    return throw_type(env, "expected (fd, offset)");
  off_t r = lseek(fd, off, whence);
  if (r < 0) {
    if (errno == ENXIO) r = -1; /* no data (or hole) at or after offset: end of file */
    else return throw_errno(env, errno, what, NULL);
  }
  napi_value res;
  napi_create_double(env, (double)r, &res);
  return res;
}

static napi_value seek_data(napi_env env, napi_callback_info info) { return seek(env, info, SEEK_DATA, "lseek"); }
static napi_value seek_hole(napi_env env, napi_callback_info info) { return seek(env, info, SEEK_HOLE, "lseek"); }

static napi_value names_array(napi_env env, const char *buf, ssize_t m) {
  napi_value arr;
  napi_create_array(env, &arr);
  uint32_t i = 0;
  for (ssize_t p = 0; p < m; p += strlen(buf + p) + 1) {
    napi_value s;
    napi_create_string_utf8(env, buf + p, NAPI_AUTO_LENGTH, &s);
    napi_set_element(env, arr, i++, s);
  }
  return arr;
}

static napi_value fsx_llistxattr(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  char path[PATH_BUF];
  if (!get_args(env, info, 1, argv) || !get_path(env, argv[0], path, sizeof path)) return throw_type(env, "expected (path)");
  /* One call for the usual short (mostly empty) list; only a long list needs its size asked first. */
  char small[1024];
  ssize_t m = llistxattr(path, small, sizeof small);
  if (m >= 0) return names_array(env, small, m);
  if (errno != ERANGE) return throw_errno(env, errno, "llistxattr", path);
  for (;;) {
    ssize_t n = llistxattr(path, NULL, 0);
    if (n < 0) return throw_errno(env, errno, "llistxattr", path);
    char *buf = malloc(n ? n : 1);
    if (!buf) return throw_errno(env, ENOMEM, "llistxattr", path);
    m = llistxattr(path, buf, n);
    if (m < 0) {
      int e = errno;
      free(buf);
      if (e == ERANGE) continue; /* the list grew between the two calls */
      return throw_errno(env, e, "llistxattr", path);
    }
    napi_value arr = names_array(env, buf, m);
    free(buf);
    return arr;
  }
}

static napi_value fsx_lgetxattr(napi_env env, napi_callback_info info) {
  napi_value argv[2];
  char path[PATH_BUF], name[NAME_BUF];
  if (!get_args(env, info, 2, argv) || !get_path(env, argv[0], path, sizeof path) || !get_path(env, argv[1], name, sizeof name))
    return throw_type(env, "expected (path, name)");
  for (;;) {
    ssize_t n = lgetxattr(path, name, NULL, 0);
    if (n < 0) return throw_errno(env, errno, "lgetxattr", path);
    void *data;
    napi_value buf;
    char *tmp = malloc(n ? n : 1);
    if (!tmp) return throw_errno(env, ENOMEM, "lgetxattr", path);
    ssize_t m = lgetxattr(path, name, tmp, n);
    if (m < 0) {
      int e = errno;
      free(tmp);
      if (e == ERANGE) continue; /* the value grew between the two calls */
      return throw_errno(env, e, "lgetxattr", path);
    }
    napi_create_buffer_copy(env, m, tmp, &data, &buf);
    free(tmp);
    return buf;
  }
}

static napi_value fsx_lsetxattr(napi_env env, napi_callback_info info) {
  napi_value argv[3];
  char path[PATH_BUF], name[NAME_BUF];
  void *data;
  size_t len;
  bool isbuf = false;
  if (!get_args(env, info, 3, argv) || !get_path(env, argv[0], path, sizeof path) || !get_path(env, argv[1], name, sizeof name) ||
      napi_is_buffer(env, argv[2], &isbuf) != napi_ok || !isbuf)
    return throw_type(env, "expected (path, name, value: Buffer)");
  napi_get_buffer_info(env, argv[2], &data, &len);
  if (lsetxattr(path, name, data, len, 0) < 0) return throw_errno(env, errno, "lsetxattr", path);
  return NULL;
}

static napi_value fsx_fsetxattr(napi_env env, napi_callback_info info) {
  napi_value argv[3];
  char name[NAME_BUF];
  int32_t fd;
  void *data;
  size_t len;
  bool isbuf = false;
  if (!get_args(env, info, 3, argv) || napi_get_value_int32(env, argv[0], &fd) != napi_ok || !get_path(env, argv[1], name, sizeof name) ||
      napi_is_buffer(env, argv[2], &isbuf) != napi_ok || !isbuf)
    return throw_type(env, "expected (fd, name, value: Buffer)");
  napi_get_buffer_info(env, argv[2], &data, &len);
  if (fsetxattr(fd, name, data, len, 0) < 0) return throw_errno(env, errno, "fsetxattr", NULL);
  return NULL;
}

static napi_value fsx_mknod(napi_env env, napi_callback_info info) {
  napi_value argv[4];
  char path[PATH_BUF];
  uint32_t mode, major_, minor_;
  if (!get_args(env, info, 4, argv) || !get_path(env, argv[0], path, sizeof path) || napi_get_value_uint32(env, argv[1], &mode) != napi_ok ||
      napi_get_value_uint32(env, argv[2], &major_) != napi_ok || napi_get_value_uint32(env, argv[3], &minor_) != napi_ok)
    return throw_type(env, "expected (path, mode with S_IFCHR or S_IFBLK, major, minor)");
  if (mknod(path, mode, makedev(major_, minor_)) < 0) return throw_errno(env, errno, "mknod", path);
  return NULL;
}

static napi_value fsx_mkfifo(napi_env env, napi_callback_info info) {
  napi_value argv[2];
  char path[PATH_BUF];
  uint32_t mode;
  if (!get_args(env, info, 2, argv) || !get_path(env, argv[0], path, sizeof path) || napi_get_value_uint32(env, argv[1], &mode) != napi_ok)
    return throw_type(env, "expected (path, mode)");
  if (mkfifo(path, mode) < 0) return throw_errno(env, errno, "mkfifo", path);
  return NULL;
}

/* A time in nanoseconds since the epoch; a negative BigInt (-1n) leaves that time unchanged. */
static int get_timespec(napi_env env, napi_value v, struct timespec *ts) {
  int64_t ns;
  if (!get_i64(env, v, &ns)) return 0;
  if (ns < 0) {
    ts->tv_sec = 0;
    ts->tv_nsec = UTIME_OMIT;
  } else {
    ts->tv_sec = ns / 1000000000;
    ts->tv_nsec = ns % 1000000000;
  }
  return 1;
}

static napi_value fsx_utimens(napi_env env, napi_callback_info info) {
  napi_value argv[4];
  char path[PATH_BUF];
  struct timespec ts[2];
  bool nofollow;
  if (!get_args(env, info, 4, argv) || !get_path(env, argv[0], path, sizeof path) || !get_timespec(env, argv[1], &ts[0]) ||
      !get_timespec(env, argv[2], &ts[1]) || napi_get_value_bool(env, argv[3], &nofollow) != napi_ok)
    return throw_type(env, "expected (path, atimeNs: bigint, mtimeNs: bigint, nofollow: boolean)");
  if (utimensat(AT_FDCWD, path, ts, nofollow ? AT_SYMLINK_NOFOLLOW : 0) < 0) return throw_errno(env, errno, "utimensat", path);
  return NULL;
}

static napi_value fsx_futimens(napi_env env, napi_callback_info info) {
  napi_value argv[3];
  int32_t fd;
  struct timespec ts[2];
  if (!get_args(env, info, 3, argv) || napi_get_value_int32(env, argv[0], &fd) != napi_ok || !get_timespec(env, argv[1], &ts[0]) ||
      !get_timespec(env, argv[2], &ts[1]))
    return throw_type(env, "expected (fd, atimeNs: bigint, mtimeNs: bigint)");
  if (futimens(fd, ts) < 0) return throw_errno(env, errno, "futimens", NULL);
  return NULL;
}

/* A path given as a string whose characters are bytes (latin1), so that names which are not
 * UTF-8 pass through a walk that keeps them as strings; a Buffer is taken as is. */
static int get_path_latin1(napi_env env, napi_value v, char *out, size_t cap) {
  napi_valuetype t;
  napi_typeof(env, v, &t);
  if (t != napi_string) return get_path(env, v, out, cap);
  size_t len;
  if (napi_get_value_string_latin1(env, v, out, cap, &len) != napi_ok || len + 1 >= cap) return 0;
  return memchr(out, 0, len) == NULL;
}

/* A scan's result as [names, stats, signatures] (latin1 strings, an ArrayBuffer); frees it. */
static napi_value scan_value(napi_env env, struct scan_result *r) {
  napi_value names, stats, sigs, result;
  void *data;
  napi_status s = napi_create_arraybuffer(env, r->count * SCAN_RECORD, &data, &stats);
  if (s == napi_ok) memcpy(data, r->stats, r->count * SCAN_RECORD);
  if (s == napi_ok) s = napi_create_string_latin1(env, r->names, r->names_len, &names);
  if (s == napi_ok) s = napi_create_string_latin1(env, r->sigs, r->sigs_len, &sigs);
  scan_free(r);
  if (s != napi_ok) return NULL;
  napi_create_array_with_length(env, 3, &result);
  napi_set_element(env, result, 0, names);
  napi_set_element(env, result, 1, stats);
  napi_set_element(env, result, 2, sigs);
  return result;
}

/* scanDir(path): see scan_run and afclient/fsx.ts. */
static napi_value fsx_scan_dir(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  char path[PATH_BUF];
  napi_valuetype t = napi_undefined;
  bool isbuf = false;
  if (!get_args(env, info, 1, argv) || napi_typeof(env, argv[0], &t) != napi_ok || napi_is_buffer(env, argv[0], &isbuf) != napi_ok || (t != napi_string && !isbuf))
    return throw_type(env, "expected (path)");
  /* Longer than PATH_MAX (or holding a NUL byte): the kernel would refuse it the same way. */
  if (!get_path_latin1(env, argv[0], path, sizeof path)) return throw_errno(env, ENAMETOOLONG, "opendir", NULL);
  struct scan_result r;
  scan_run(path, &r);
  if (r.err) return throw_errno(env, r.err, r.syscall, path);
  return scan_value(env, &r);
}

#include "fsx-copy.h"

/* lstatEntry(path, record: ArrayBuffer of LSTAT_RECORD bytes): 0, the errno of the lstat, or -1
 * for times beyond 64-bit nanoseconds (ask node:fs).
 * A path the kernel would refuse as too long (or one holding a NUL byte) is ENAMETOOLONG. */
static napi_value fsx_lstat_entry(napi_env env, napi_callback_info info) {
  napi_value argv[2], res;
  char path[PATH_BUF];
  bool isab = false;
  void *rec;
  size_t len;
  if (!get_args(env, info, 2, argv) || napi_is_arraybuffer(env, argv[1], &isab) != napi_ok || !isab ||
      napi_get_arraybuffer_info(env, argv[1], &rec, &len) != napi_ok || len < LSTAT_RECORD)
    return throw_type(env, "expected (path, record: ArrayBuffer of LSTAT_RECORD bytes)");
  bool isbuf = false;
  napi_valuetype t = napi_undefined;
  if (napi_is_buffer(env, argv[0], &isbuf) != napi_ok || napi_typeof(env, argv[0], &t) != napi_ok || (!isbuf && t != napi_string))
    return throw_type(env, "expected (path, record: ArrayBuffer of LSTAT_RECORD bytes)");
  int err = get_path(env, argv[0], path, sizeof path) ? lstat_entry(path, rec) : ENAMETOOLONG;
  napi_create_int32(env, err, &res);
  return res;
}

static void ahead_finalize(napi_env env, void *data, void *hint) {
  (void)env;
  (void)hint;
  ahead_destroy(data);
}

/* scanTreeOpen(path, dev): starts scanning the tree at `path` (latin1 string or Buffer, as
 * scanDir takes it) on the filesystem `dev` (bigint, as the scan records st_dev). */
static napi_value fsx_scan_tree_open(napi_env env, napi_callback_info info) {
  napi_value argv[2], handle;
  char path[PATH_BUF];
  uint64_t dev;
  bool lossless;
  if (!get_args(env, info, 2, argv) || napi_get_value_bigint_uint64(env, argv[1], &dev, &lossless) != napi_ok)
    return throw_type(env, "expected (path, dev: bigint)");
  if (!get_path_latin1(env, argv[0], path, sizeof path)) return throw_errno(env, ENAMETOOLONG, "opendir", NULL);
  struct ahead *a = ahead_start(path, dev);
  if (!a) return throw_errno(env, ENOMEM, "scanTreeOpen", NULL);
  if (napi_create_external(env, a, ahead_finalize, NULL, &handle) != napi_ok) {
    ahead_destroy(a);
    return throw_errno(env, ENOMEM, "scanTreeOpen", NULL);
  }
  return handle;
}

static struct ahead *get_ahead(napi_env env, napi_value v) {
  napi_valuetype t;
  void *data = NULL;
  if (napi_typeof(env, v, &t) != napi_ok || t != napi_external || napi_get_value_external(env, v, &data) != napi_ok) return NULL;
  return data;
}

/* scanTreeTake(handle, path): scanDir's result for `path` (or its error) when it is the tree
 * scan's next directory, waiting for it if need be; undefined when it is not (read it yourself). */
static napi_value fsx_scan_tree_take(napi_env env, napi_callback_info info) {
  napi_value argv[2];
  char path[PATH_BUF];
  struct ahead *a;
  if (!get_args(env, info, 2, argv) || !(a = get_ahead(env, argv[0]))) return throw_type(env, "expected (handle from scanTreeOpen, path)");
  if (a->closed) return throw_type(env, "scanTreeTake after scanTreeClose");
  if (!get_path_latin1(env, argv[1], path, sizeof path)) return NULL;
  struct ahead_done *d = ahead_take(a, path);
  if (!d) return NULL;
  napi_value result = NULL;
  if (d->r.err) throw_errno(env, d->r.err, d->r.syscall, d->path);
  else result = scan_value(env, &d->r);
  free(d);
  return result;
}

/* scanTreeClose(handle): stops the thread and frees what was not taken. */
static napi_value fsx_scan_tree_close(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  struct ahead *a;
  if (!get_args(env, info, 1, argv) || !(a = get_ahead(env, argv[0]))) return throw_type(env, "expected (handle from scanTreeOpen)");
  ahead_close(a);
  return NULL;
}

static napi_value init(napi_env env, napi_value exports) {
  napi_property_descriptor props[] = {
      {"seekData", NULL, seek_data, NULL, NULL, NULL, napi_default, NULL},
      {"seekHole", NULL, seek_hole, NULL, NULL, NULL, napi_default, NULL},
      {"llistxattr", NULL, fsx_llistxattr, NULL, NULL, NULL, napi_default, NULL},
      {"lgetxattr", NULL, fsx_lgetxattr, NULL, NULL, NULL, napi_default, NULL},
      {"lsetxattr", NULL, fsx_lsetxattr, NULL, NULL, NULL, napi_default, NULL},
      {"fsetxattr", NULL, fsx_fsetxattr, NULL, NULL, NULL, napi_default, NULL},
      {"mknod", NULL, fsx_mknod, NULL, NULL, NULL, napi_default, NULL},
      {"mkfifo", NULL, fsx_mkfifo, NULL, NULL, NULL, napi_default, NULL},
      {"utimens", NULL, fsx_utimens, NULL, NULL, NULL, napi_default, NULL},
      {"futimens", NULL, fsx_futimens, NULL, NULL, NULL, napi_default, NULL},
      {"scanDir", NULL, fsx_scan_dir, NULL, NULL, NULL, napi_default, NULL},
      {"scanTreeOpen", NULL, fsx_scan_tree_open, NULL, NULL, NULL, napi_default, NULL},
      {"scanTreeTake", NULL, fsx_scan_tree_take, NULL, NULL, NULL, napi_default, NULL},
      {"scanTreeClose", NULL, fsx_scan_tree_close, NULL, NULL, NULL, napi_default, NULL},
      {"lstatEntry", NULL, fsx_lstat_entry, NULL, NULL, NULL, napi_default, NULL},
      {"copyBytes", NULL, fsx_copy_bytes, NULL, NULL, NULL, napi_default, NULL},
  };
  napi_define_properties(env, exports, sizeof props / sizeof props[0], props);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
