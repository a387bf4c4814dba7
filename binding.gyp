{
  "variables": {
    "zstd_napi": "<!(node -p \"require('node:path').dirname(require.resolve('zstd-napi/package.json'))\")"
  },
  "targets": [
    {
      "target_name": "mtio",
      "sources": ["native/mtio.c"],
      "cflags": ["-O2", "-Wall", "-Wextra"]
    },
    {
      "target_name": "fsx",
      "sources": ["native/fsx.c"],
      "cflags": ["-O2", "-Wall", "-Wextra"]
    },
    {
      "target_name": "vtio",
      "sources": ["native/vtio.c", "native/checksum.c"],
      "cflags": ["-O3", "-Wall", "-Wextra"]
    },
    {
      "target_name": "copylines",
      "sources": ["native/copy-lines.c"],
      "cflags": ["-O2", "-Wall", "-Wextra"]
    },
    {
      "target_name": "packio",
      "sources": ["native/packio.c", "native/checksum.c"],
      "cflags": ["-O3", "-Wall", "-Wextra"],
      "dependencies": ["<(zstd_napi)/deps/zstd.gyp:libzstd"]
    }
  ]
}
