{
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
      "target_name": "packio",
      "sources": ["native/packio.c"],
      "cflags": ["-O2", "-Wall", "-Wextra"]
    }
  ]
}
