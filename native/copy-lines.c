/* The entry lines of a run's filelist copy, made from the run's entry log on a thread of libuv's
 * pool while the main thread records the same entries in the filelist. The two used to be made
 * on the main thread in one pass over the log, SQLite's rows and these lines one after the
 * other, while the second core had nothing to do: some 50 ms of the serial end of a full backup
 * of 21 820 entries.
 *
 * writeEntries(log, text, jsonl, unit, extents) -> Promise<number of entries>
 *   log      the entry log's file (afclient/backup/run/entry-log.ts: records of payload length
 *            u32, stream offset u64, then type u8, unstable u8, uid u32, size u64, mtime i64,
 *            ctime i64, inode u64, dev u64, the name's bytes; little-endian), read to its end
 *   text     fd of the text form, appended to (the lines text-form.ts exportText makes)
 *   jsonl    fd of the machine form, appended to (the lines run-copy.ts exportRunJsonl makes)
 *   unit     "server%port!", the start of every text line
 *   extents  the session's tape files in StreamMap's search order: {cartridge, tapeFile,
 *            streamOffset, bytes, payloadPerBlock, headerBytes}; a stream offset lies in the last
 *            one starting at or before it, as StreamMap.locate and protocol/wire/block-of.ts say
 * Each line is the one those exports make of the entry once stored; the test
 * test/backup/run-copy-files.test.ts compares both files with the exports of the stored run.
 * A failure (a record cut short, an offset outside the extents, a full disk) rejects with a
 * message; what was written stays for the caller to remove. */
#define _GNU_SOURCE
#include <node_api.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define HEAD 12
#define NAME_AT 46
#define READ_CHUNK (1u << 20)
#define ERROR_LEN 512

#include "copy-lines-format.h"

typedef struct {
  uint64_t stream_offset, bytes;
  uint32_t cartridge, tape_file, payload_per_block, header_bytes;
} extent_t;

typedef struct {
  napi_async_work work;
  napi_deferred deferred;
  char *log_path;
  char *unit;
  size_t unit_len;
  extent_t *extents;
  size_t n_extents;
  out_t text, jsonl;
  uint64_t entries;
  char error[ERROR_LEN];
} job_t;

/* Every EntryType in the order of entry-log.ts's TYPE_CODE. */
static const char *const TYPES[] = {"file", "directory", "symlink", "hardlink", "fifo", "socket", "chardev", "blockdev", "command"};

static uint64_t le64(const uint8_t *p) {
  uint64_t v;
  memcpy(&v, p, 8);
  return v;
}

static uint32_t le32(const uint8_t *p) {
  uint32_t v;
  memcpy(&v, p, 4);
  return v;
}

/* The extent holding stream byte `offset` (StreamMap.locate), or NULL. */
static const extent_t *extent_of(const job_t *j, uint64_t offset) {
  size_t lo = 0, hi = j->n_extents;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (j->extents[mid].stream_offset <= offset) lo = mid + 1;
    else hi = mid;
  }
  if (lo == 0) return NULL;
  const extent_t *e = &j->extents[lo - 1];
  return offset - e->stream_offset < e->bytes ? e : NULL;
}

/* A failed write or allocation: its errno's name and text, as Node's errors begin. */
static void fail_errno(job_t *j, int err) {
  const char *name = strerrorname_np(err);
  snprintf(j->error, ERROR_LEN, "%s, %s", name ? name : "EIO", strerror(err));
}

/* A failed open, stat or read of the entry log (errno). */
static void fail_log_read(job_t *j) {
  snprintf(j->error, ERROR_LEN, "cannot read the entry log %s: %s", j->log_path, strerror(errno));
}

/* One record: its two lines. 0, or an error written into j->error. */
static int entry_lines(job_t *j, uint64_t stream_offset, const uint8_t *p, size_t len) {
  if (len < NAME_AT) {
    snprintf(j->error, ERROR_LEN, "the entry log %s holds a record of %zu bytes, too short for an entry", j->log_path, len);
    return -1;
  }
  if (p[0] >= sizeof TYPES / sizeof TYPES[0]) {
    snprintf(j->error, ERROR_LEN, "the entry log %s holds an entry of unknown type %u", j->log_path, p[0]);
    return -1;
  }
  const extent_t *e = extent_of(j, stream_offset);
  if (!e) {
    snprintf(j->error, ERROR_LEN, "the server's session summary holds no tape file for stream offset %" PRIu64 "; the backup is on tape, but its positions are unknown", stream_offset);
    return -1;
  }
  /* protocol/wire/block-of.ts */
  uint64_t in_file = stream_offset - e->stream_offset, block, in_block;
  uint64_t in_block0 = e->payload_per_block - e->header_bytes;
  if (in_file < in_block0) {
    block = 0;
    in_block = e->header_bytes + in_file;
  } else {
    block = 1 + (in_file - in_block0) / e->payload_per_block;
    in_block = (in_file - in_block0) % e->payload_per_block;
  }
  uint32_t uid = le32(p + 2);
  int64_t mtime = (int64_t)le64(p + 14);
  int64_t seconds = mtime / 1000000000 - (mtime < 0 && mtime % 1000000000 != 0);
  const uint8_t *name = p + NAME_AT;
  size_t name_len = len - NAME_AT;
  int err;

  /* unit cartridge.tapefile|uid~mtime: name */
  if ((err = out_room(&j->text, (uint64_t)j->unit_len + 96 + 4 * (uint64_t)name_len))) goto failed;
  put(&j->text, j->unit, j->unit_len);
  put_u64(&j->text, e->cartridge);
  put(&j->text, ".", 1);
  put_u64(&j->text, e->tape_file);
  put(&j->text, "|", 1);
  put_u64(&j->text, uid);
  put(&j->text, "~", 1);
  put_i64(&j->text, seconds);
  put(&j->text, ": ", 2);
  put_name(&j->text, name, name_len);
  put(&j->text, "\n", 1);

  if ((err = out_room(&j->jsonl, 512 + 4 * ((uint64_t)name_len / 3 + 1)))) goto failed;
  out_t *o = &j->jsonl;
  put_str(o, "{\"entry\":{\"name\":\"");
  put_base64(o, name, name_len);
  put_str(o, "\",\"type\":\"");
  put_str(o, TYPES[p[0]]);
  put_str(o, "\",\"size\":\"");
  put_u64(o, le64(p + 6));
  put_str(o, "\",\"uid\":");
  put_u64(o, uid);
  put_str(o, ",\"mtimeNs\":\"");
  put_i64(o, mtime);
  put_str(o, "\",\"ctimeNs\":\"");
  put_i64(o, (int64_t)le64(p + 22));
  put_str(o, "\",\"inode\":\"");
  put_u64(o, le64(p + 30));
  put_str(o, "\",\"dev\":\"");
  put_u64(o, le64(p + 38));
  put_str(o, p[1] == 1 ? "\",\"unstable\":true,\"cartridge\":" : "\",\"unstable\":false,\"cartridge\":");
  put_u64(o, e->cartridge);
  put_str(o, ",\"tapeFile\":");
  put_u64(o, e->tape_file);
  put_str(o, ",\"block\":");
  put_u64(o, block);
  put_str(o, ",\"blockOffset\":");
  put_u64(o, in_block);
  put_str(o, ",\"streamOffset\":\"");
  put_u64(o, stream_offset);
  put_str(o, "\"}}\n");
  j->entries++;
  return 0;
failed:
  fail_errno(j, err);
  return -1;
}

static void execute(napi_env env, void *data) {
  (void)env;
  job_t *j = data;
  int fd = open(j->log_path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    fail_log_read(j);
    return;
  }
  /* A record's length is checked against the log's size before anything is allocated for it:
   * a damaged length field is an error, not a 4 GiB buffer (or, where size_t is 32 bits, a sum
   * that wraps). */
  struct stat st;
  if (fstat(fd, &st) != 0) {
    fail_log_read(j);
    close(fd);
    return;
  }
  const uint64_t log_size = (uint64_t)st.st_size;
  size_t cap = READ_CHUNK, have = 0;
  uint8_t *chunk = malloc(cap);
  if (!chunk) {
    snprintf(j->error, ERROR_LEN, "ENOMEM, no memory to read the entry log");
    close(fd);
    return;
  }
  for (;;) {
    ssize_t n = read(fd, chunk + have, cap - have);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail_log_read(j);
      break;
    }
    have += (size_t)n;
    size_t at = 0;
    while (have - at >= HEAD) {
      uint64_t len = le32(chunk + at);
      if (HEAD + len > log_size) {
        snprintf(j->error, ERROR_LEN, "the entry log %s holds a record of %" PRIu64 " bytes, longer than the log: it is damaged", j->log_path, len);
        goto done;
      }
      if (have - at < HEAD + len) break;
      if (entry_lines(j, le64(chunk + at + 4), chunk + at + HEAD, len)) goto done;
      at += HEAD + len;
    }
    if (n == 0) {
      if (at < have) snprintf(j->error, ERROR_LEN, "the entry log %s ends inside a record: it was cut short", j->log_path);
      break;
    }
    /* The unfinished record moves to the front, into a larger buffer if it does not fit. */
    size_t rest = have - at;
    size_t need = rest >= HEAD ? HEAD + (size_t)le32(chunk + at) : HEAD; /* at most the log's size, checked above */
    memmove(chunk, chunk + at, rest);
    have = rest;
    if (need > cap) {
      uint8_t *grown = realloc(chunk, need);
      if (!grown) {
        snprintf(j->error, ERROR_LEN, "ENOMEM, no memory for an entry log record of %zu bytes", need);
        break;
      }
      chunk = grown;
      cap = need;
    }
  }
done:
  free(chunk);
  close(fd);
  if (j->error[0]) return;
  int err = out_flush(&j->text);
  if (!err) err = out_flush(&j->jsonl);
  if (err) fail_errno(j, err);
}

static void job_free(napi_env env, job_t *j) {
  if (j->work) napi_delete_async_work(env, j->work);
  if (j->text.fd >= 0) close(j->text.fd);
  if (j->jsonl.fd >= 0) close(j->jsonl.fd);
  free(j->log_path);
  free(j->unit);
  free(j->extents);
  free(j->text.data);
  free(j->jsonl.data);
  free(j);
}

static void complete(napi_env env, napi_status status, void *data) {
  job_t *j = data;
  napi_value v;
  if (status == napi_ok && !j->error[0]) {
    napi_create_double(env, (double)j->entries, &v);
    napi_resolve_deferred(env, j->deferred, v);
  } else {
    napi_value msg;
    napi_create_string_utf8(env, j->error[0] ? j->error : "the copy lines' job was cancelled", NAPI_AUTO_LENGTH, &msg);
    napi_create_error(env, NULL, msg, &v);
    napi_reject_deferred(env, j->deferred, v);
  }
  job_free(env, j);
}

static char *get_string(napi_env env, napi_value v, size_t *len_out) {
  size_t len;
  if (napi_get_value_string_utf8(env, v, NULL, 0, &len) != napi_ok) return NULL;
  char *s = malloc(len + 1);
  if (!s) return NULL;
  napi_get_value_string_utf8(env, v, s, len + 1, &len);
  if (len_out) *len_out = len;
  return s;
}

static int get_uint(napi_env env, napi_value obj, const char *key, uint64_t max, uint64_t *out) {
  napi_value v;
  double d;
  if (napi_get_named_property(env, obj, key, &v) != napi_ok || napi_get_value_double(env, v, &d) != napi_ok) return 0;
  /* 2^64 is compared before any cast: converting it (or more) to uint64_t is undefined. */
  if (!(d >= 0 && d < 18446744073709551616.0 && d <= (double)max) || d != (double)(uint64_t)d) return 0;
  *out = (uint64_t)d;
  return 1;
}

/* A file descriptor argument, duplicated: the job writes to its own copies (sharing the file
 * offset with the caller's), so a descriptor the caller closed and the system gave to another
 * file meanwhile is never written to. -1 when the argument is no open descriptor. */
static int get_fd(napi_env env, napi_value v) {
  double d;
  if (napi_get_value_double(env, v, &d) != napi_ok || !(d >= 0 && d <= INT32_MAX) || d != (double)(int)d) return -1;
  return fcntl((int)d, F_DUPFD_CLOEXEC, 0);
}

static napi_value throw_type(napi_env env, const char *msg) {
  napi_throw_type_error(env, NULL, msg);
  return NULL;
}

static napi_value cl_write_entries(napi_env env, napi_callback_info info) {
  size_t argc = 5;
  napi_value argv[5];
  uint32_t n_extents;
  bool is_array = false;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < 5 || napi_is_array(env, argv[4], &is_array) != napi_ok || !is_array ||
      napi_get_array_length(env, argv[4], &n_extents) != napi_ok)
    return throw_type(env, "expected (log: string, text: fd, jsonl: fd, unit: string, extents: TapeFileExtent[])");
  job_t *j = calloc(1, sizeof *j);
  if (!j) return throw_type(env, "no memory for the copy lines' job");
  j->text.fd = get_fd(env, argv[1]);
  j->jsonl.fd = get_fd(env, argv[2]);
  j->log_path = get_string(env, argv[0], NULL);
  j->unit = get_string(env, argv[3], &j->unit_len);
  j->extents = calloc(n_extents ? n_extents : 1, sizeof *j->extents);
  j->n_extents = n_extents;
  j->text.cap = j->jsonl.cap = OUT_FLUSH * 2;
  j->text.data = malloc(j->text.cap);
  j->jsonl.data = malloc(j->jsonl.cap);
  const char *bad = j->text.fd < 0 || j->jsonl.fd < 0 ? "text and jsonl must be open file descriptors"
                    : !j->log_path || !j->unit   ? "log and unit must be strings"
                    : !j->extents || !j->text.data || !j->jsonl.data ? "no memory for the copy lines' job"
                                                                     : NULL;
  for (uint32_t i = 0; !bad && i < n_extents; i++) {
    napi_value x;
    uint64_t cartridge = 0, tape_file = 0, ppb = 0, hb = 0;
    extent_t *e = &j->extents[i];
    if (napi_get_element(env, argv[4], i, &x) != napi_ok || !get_uint(env, x, "cartridge", UINT32_MAX, &cartridge) ||
        !get_uint(env, x, "tapeFile", UINT32_MAX, &tape_file) || !get_uint(env, x, "streamOffset", UINT64_MAX, &e->stream_offset) ||
        !get_uint(env, x, "bytes", UINT64_MAX, &e->bytes) || !get_uint(env, x, "payloadPerBlock", UINT32_MAX, &ppb) ||
        !get_uint(env, x, "headerBytes", UINT32_MAX, &hb) || ppb == 0 || hb > ppb ||
        (i > 0 && e->stream_offset < j->extents[i - 1].stream_offset))
      bad = "each extent needs whole numbers cartridge, tapeFile, streamOffset, bytes, payloadPerBlock > 0 and headerBytes <= it, in stream order";
    e->cartridge = (uint32_t)cartridge;
    e->tape_file = (uint32_t)tape_file;
    e->payload_per_block = (uint32_t)ppb;
    e->header_bytes = (uint32_t)hb;
  }
  napi_value name, promise;
  if (!bad) {
    napi_create_string_utf8(env, "afbackup:copy-lines", NAPI_AUTO_LENGTH, &name);
    if (napi_create_promise(env, &j->deferred, &promise) != napi_ok || napi_create_async_work(env, NULL, name, execute, complete, j, &j->work) != napi_ok ||
        napi_queue_async_work(env, j->work) != napi_ok)
      bad = "could not queue the copy lines' job";
  }
  if (bad) {
    job_free(env, j);
    return throw_type(env, bad);
  }
  return promise;
}

static napi_value init(napi_env env, napi_value exports) {
  napi_property_descriptor props[] = {
      {"writeEntries", NULL, cl_write_entries, NULL, NULL, NULL, napi_default, NULL},
  };
  napi_define_properties(env, exports, sizeof props / sizeof props[0], props);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
