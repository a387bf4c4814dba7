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
    }
  ]
}
