/*
 * Magnetic tape ioctls (MTIOCTOP, MTIOCGET, MTIOCPOS) for the Linux st driver, plus READ BLOCK
 * LIMITS through SG_IO on the same descriptor (st passes SG_IO to the SCSI layer), because the
 * drive's record size limits are not reported by any st ioctl and must be known before a write.
 *
 * All of them run on the libuv thread pool (napi_async_work): a rewind, a space over many
 * filemarks or an erase can take minutes on a real drive, and even MTIOCGET/MTIOCPOS send SCSI
 * commands that wait behind the drive. Failures reject with an Error whose .code is the errno
 * name ("EIO", "ENOSPC", ...) and .errno the number, as Node's own fs errors do, so the driver
 * above can map them onto TapeError without guessing.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mtio.h>
#include <scsi/sg.h>
#include <node_api.h>

/* glibc's <sys/mtio.h> is older than the kernel's and lacks MTWEOFI (linux/mtio.h: 35);
 * <linux/mtio.h> cannot be included beside it. */
#ifndef MTWEOFI
#define MTWEOFI 35
#endif

#define CHECK(call)                                                                   \
  do {                                                                                \
    if ((call) != napi_ok) {                                                          \
      napi_throw_error(env, NULL, "mtio: N-API call failed: " #call);                \
      return NULL;                                                                    \
    }                                                                                 \
  } while (0)

enum request { REQ_OP, REQ_GET, REQ_POS, REQ_LIMITS };

typedef struct {
  enum request req;
  int fd;
  struct mtop op;
  struct mtget get;
  struct mtpos pos;
  unsigned char limits[6]; /* READ BLOCK LIMITS data: granularity, max (3 bytes), min (2 bytes) */
  int err; /* errno of the failed ioctl, 0 on success */
  napi_async_work work;
  napi_deferred deferred;
} job_t;

static const struct {
  const char *name;
  short op;
} op_names[] = {
    {"MTFSF", MTFSF},     {"MTBSF", MTBSF},     {"MTFSFM", MTFSFM},   {"MTBSFM", MTBSFM},
    {"MTFSR", MTFSR},     {"MTBSR", MTBSR},     {"MTWEOF", MTWEOF},   {"MTWEOFI", MTWEOFI},
    {"MTREW", MTREW},     {"MTOFFL", MTOFFL},   {"MTLOAD", MTLOAD},   {"MTEOM", MTEOM},
    {"MTSEEK", MTSEEK},   {"MTSETBLK", MTSETBLK}, {"MTERASE", MTERASE}, {"MTNOP", MTNOP},
    /* Drive administration (mt stsetoptions, mkpartition, setpartition). */
    {"MTSETDRVBUFFER", MTSETDRVBUFFER}, {"MTSETPART", MTSETPART}, {"MTMKPART", MTMKPART},
};
#define N_OPS (sizeof op_names / sizeof op_names[0])

static const char *op_name(short op) {
  for (size_t i = 0; i < N_OPS; i++)
    if (op_names[i].op == op) return op_names[i].name;
  return "MTIOCTOP";
}

static int read_block_limits(job_t *job) {
  unsigned char cdb[6] = {0x05, 0, 0, 0, 0, 0};
  unsigned char sense[32];
  sg_io_hdr_t io;
  memset(&io, 0, sizeof io);
  io.interface_id = 'S';
  io.dxfer_direction = SG_DXFER_FROM_DEV;
  io.cmd_len = sizeof cdb;
  io.cmdp = cdb;
  io.dxfer_len = sizeof job->limits;
  io.dxferp = job->limits;
  io.mx_sb_len = sizeof sense;
  io.sbp = sense;
  io.timeout = 60000;
  if (ioctl(job->fd, SG_IO, &io) < 0) return -1;
  if ((io.info & SG_INFO_OK_MASK) != SG_INFO_OK) {
    errno = EIO;
    return -1;
  }
  return 0;
}

static void execute(napi_env env, void *data) {
  (void)env;
  job_t *job = data;
  int r;
  switch (job->req) {
    case REQ_OP: r = ioctl(job->fd, MTIOCTOP, &job->op); break;
    case REQ_GET: r = ioctl(job->fd, MTIOCGET, &job->get); break;
    case REQ_POS: r = ioctl(job->fd, MTIOCPOS, &job->pos); break;
    default: r = read_block_limits(job); break;
  }
  job->err = r < 0 ? errno : 0;
}

static napi_value make_error(napi_env env, const job_t *job) {
  char what[64];
  switch (job->req) {
    case REQ_OP: snprintf(what, sizeof what, "%s %d", op_name(job->op.mt_op), job->op.mt_count); break;
    case REQ_GET: snprintf(what, sizeof what, "MTIOCGET"); break;
    case REQ_POS: snprintf(what, sizeof what, "MTIOCPOS"); break;
    default: snprintf(what, sizeof what, "READ BLOCK LIMITS"); break;
  }
  const char *code = strerrorname_np(job->err);
  char code_buf[16];
  if (code == NULL) {
    snprintf(code_buf, sizeof code_buf, "E%d", job->err);
    code = code_buf;
  }
  char msg[160];
  snprintf(msg, sizeof msg, "%s failed: %s", what, strerror(job->err));
  napi_value code_v, msg_v, err_v, errno_v;
  if (napi_create_string_utf8(env, code, NAPI_AUTO_LENGTH, &code_v) != napi_ok ||
      napi_create_string_utf8(env, msg, NAPI_AUTO_LENGTH, &msg_v) != napi_ok ||
      napi_create_error(env, code_v, msg_v, &err_v) != napi_ok ||
      napi_create_int32(env, job->err, &errno_v) != napi_ok ||
      napi_set_named_property(env, err_v, "errno", errno_v) != napi_ok)
    return NULL;
  return err_v;
}

static int set_int(napi_env env, napi_value obj, const char *key, int64_t v) {
  napi_value x;
  return napi_create_int64(env, v, &x) == napi_ok && napi_set_named_property(env, obj, key, x) == napi_ok;
}

static int set_bool(napi_env env, napi_value obj, const char *key, int v) {
  napi_value x;
  return napi_get_boolean(env, v != 0, &x) == napi_ok && napi_set_named_property(env, obj, key, x) == napi_ok;
}

/* The raw struct mtget, plus the decoded block size, density and gstat bits. */
static napi_value status_object(napi_env env, const struct mtget *g) {
  napi_value o;
  if (napi_create_object(env, &o) != napi_ok) return NULL;
  long gs = g->mt_gstat;
  long ds = g->mt_dsreg;
  int ok = set_int(env, o, "type", g->mt_type) && set_int(env, o, "resid", g->mt_resid) &&
           set_int(env, o, "dsreg", ds) && set_int(env, o, "gstat", gs) &&
           set_int(env, o, "erreg", g->mt_erreg) && set_int(env, o, "fileno", g->mt_fileno) &&
           set_int(env, o, "blkno", g->mt_blkno) &&
           set_int(env, o, "blockSize", (ds & MT_ST_BLKSIZE_MASK) >> MT_ST_BLKSIZE_SHIFT) &&
           set_int(env, o, "density", ((unsigned long)ds & MT_ST_DENSITY_MASK) >> MT_ST_DENSITY_SHIFT) &&
           set_bool(env, o, "bot", GMT_BOT(gs)) && set_bool(env, o, "eof", GMT_EOF(gs)) &&
           set_bool(env, o, "eot", GMT_EOT(gs)) && set_bool(env, o, "eod", GMT_EOD(gs)) &&
           set_bool(env, o, "writeProtected", GMT_WR_PROT(gs)) &&
           set_bool(env, o, "online", GMT_ONLINE(gs)) && set_bool(env, o, "doorOpen", GMT_DR_OPEN(gs));
  return ok ? o : NULL;
}

static napi_value limits_object(napi_env env, const unsigned char *d) {
  napi_value o;
  if (napi_create_object(env, &o) != napi_ok) return NULL;
  int ok = set_int(env, o, "granularity", d[0] & 0x1f) &&
           set_int(env, o, "maxBlock", ((int64_t)d[1] << 16) | (d[2] << 8) | d[3]) &&
           set_int(env, o, "minBlock", (d[4] << 8) | d[5]);
  return ok ? o : NULL;
}

static void complete(napi_env env, napi_status status, void *data) {
  job_t *job = data;
  napi_value result = NULL;
  int reject = 1;
  if (status != napi_ok) {
    napi_value m;
    if (napi_create_string_utf8(env, "mtio: the tape request was cancelled", NAPI_AUTO_LENGTH, &m) == napi_ok)
      napi_create_error(env, NULL, m, &result);
  } else if (job->err != 0) {
    result = make_error(env, job);
  } else {
    reject = 0;
    switch (job->req) {
      case REQ_OP: napi_get_undefined(env, &result); break;
      case REQ_GET: result = status_object(env, &job->get); break;
      case REQ_POS: napi_create_int64(env, job->pos.mt_blkno, &result); break;
      default: result = limits_object(env, job->limits); break;
    }
  }
  if (result == NULL) {
    /* Building the value failed: still settle the promise, never leave the caller hanging. */
    napi_value m;
    reject = 1;
    napi_create_string_utf8(env, "mtio: cannot build the result", NAPI_AUTO_LENGTH, &m);
    napi_create_error(env, NULL, m, &result);
  }
  if (reject)
    napi_reject_deferred(env, job->deferred, result);
  else
    napi_resolve_deferred(env, job->deferred, result);
  napi_delete_async_work(env, job->work);
  free(job);
}

static int get_int_arg(napi_env env, napi_value v, const char *what, int32_t *out) {
  napi_valuetype t;
  double d;
  /* The range test comes first: converting NaN or an out-of-range double to int32_t is undefined. */
  if (napi_typeof(env, v, &t) != napi_ok || t != napi_number || napi_get_value_double(env, v, &d) != napi_ok ||
      !(d >= INT32_MIN && d <= INT32_MAX) || d != (double)(int32_t)d) {
    char msg[96];
    snprintf(msg, sizeof msg, "mtio: %s must be a 32-bit integer", what);
    napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", msg);
    return 0;
  }
  *out = (int32_t)d;
  return 1;
}

static napi_value start(napi_env env, napi_callback_info info, enum request req) {
  size_t argc = 3;
  napi_value argv[3];
  CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  size_t want = req == REQ_OP ? 3 : 1;
  if (argc < want) {
    napi_throw_type_error(env, "ERR_MISSING_ARGS", req == REQ_OP ? "mtio: mtop(fd, op, count) needs three arguments"
                                                                 : "mtio: a file descriptor is required");
    return NULL;
  }
  int32_t fd, op = 0, count = 0;
  if (!get_int_arg(env, argv[0], "fd", &fd)) return NULL;
  if (req == REQ_OP && (!get_int_arg(env, argv[1], "op", &op) || !get_int_arg(env, argv[2], "count", &count)))
    return NULL;
  if (req == REQ_OP && (op < 0 || op > 0x7fff)) {
    napi_throw_range_error(env, "ERR_OUT_OF_RANGE", "mtio: op is not an MTIOCTOP operation code");
    return NULL;
  }
  job_t *job = calloc(1, sizeof *job);
  if (job == NULL) {
    napi_throw_error(env, "ENOMEM", "mtio: out of memory");
    return NULL;
  }
  job->req = req;
  job->fd = fd;
  job->op.mt_op = (short)op;
  job->op.mt_count = count;
  napi_value promise, name;
  if (napi_create_promise(env, &job->deferred, &promise) != napi_ok ||
      napi_create_string_utf8(env, "afbackup:mtio", NAPI_AUTO_LENGTH, &name) != napi_ok ||
      napi_create_async_work(env, NULL, name, execute, complete, job, &job->work) != napi_ok) {
    free(job);
    napi_throw_error(env, NULL, "mtio: cannot create the tape request");
    return NULL;
  }
  if (napi_queue_async_work(env, job->work) != napi_ok) {
    napi_delete_async_work(env, job->work);
    free(job);
    napi_throw_error(env, NULL, "mtio: cannot queue the tape request");
    return NULL;
  }
  return promise;
}

static napi_value mtop(napi_env env, napi_callback_info info) { return start(env, info, REQ_OP); }
static napi_value mtget(napi_env env, napi_callback_info info) { return start(env, info, REQ_GET); }
static napi_value mtpos(napi_env env, napi_callback_info info) { return start(env, info, REQ_POS); }
static napi_value block_limits(napi_env env, napi_callback_info info) { return start(env, info, REQ_LIMITS); }

static napi_value init(napi_env env, napi_value exports) {
  napi_value ops;
  CHECK(napi_create_object(env, &ops));
  for (size_t i = 0; i < N_OPS; i++) {
    napi_value v;
    CHECK(napi_create_int32(env, op_names[i].op, &v));
    CHECK(napi_set_named_property(env, ops, op_names[i].name, v));
  }
  CHECK(napi_object_freeze(env, ops));
  /* MTSETDRVBUFFER arguments: an action ORed with option bits. */
  static const struct {
    const char *name;
    int32_t value;
  } drv_options[] = {
      {"MT_ST_SETBOOLEANS", MT_ST_SETBOOLEANS},
      {"MT_ST_CLEARBOOLEANS", MT_ST_CLEARBOOLEANS},
      {"MT_ST_CAN_PARTITIONS", MT_ST_CAN_PARTITIONS},
  };
  napi_value drv;
  CHECK(napi_create_object(env, &drv));
  for (size_t i = 0; i < sizeof drv_options / sizeof drv_options[0]; i++) {
    napi_value v;
    CHECK(napi_create_int32(env, drv_options[i].value, &v));
    CHECK(napi_set_named_property(env, drv, drv_options[i].name, v));
  }
  CHECK(napi_object_freeze(env, drv));
  napi_property_descriptor props[] = {
      {"mtop", NULL, mtop, NULL, NULL, NULL, napi_enumerable, NULL},
      {"mtget", NULL, mtget, NULL, NULL, NULL, napi_enumerable, NULL},
      {"mtpos", NULL, mtpos, NULL, NULL, NULL, napi_enumerable, NULL},
      {"blockLimits", NULL, block_limits, NULL, NULL, NULL, napi_enumerable, NULL},
      {"ops", NULL, NULL, NULL, NULL, ops, napi_enumerable, NULL},
      {"drvBufferOptions", NULL, NULL, NULL, NULL, drv, napi_enumerable, NULL},
  };
  CHECK(napi_define_properties(env, exports, sizeof props / sizeof props[0], props));
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
