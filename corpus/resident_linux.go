package corpus

import (
	"syscall"

	bolt "go.etcd.io/bbolt"
)

// releaseMapped takes the pages of the store file that the process has
// read through bbolt's memory map out of its resident set. bbolt reads
// through the map — every candidate's sketch, every leaf it rewrites — and
// a page once read stays counted in the process's RSS until the map is
// replaced, which happens only when the file doubles: a long ingest would
// show most of the store file as its own memory. MADV_DONTNEED on a shared
// file mapping loses nothing: the pages stay in the page cache and the next
// read maps them again.
//
// tx must be a write transaction: bbolt remaps only inside one, so the map
// cannot move while this runs.
func releaseMapped(tx *bolt.Tx) {
	start, size := tx.DB().Info().Data, uintptr(tx.Size())
	if start == 0 || size == 0 {
		return
	}
	_, _, _ = syscall.Syscall(syscall.SYS_MADVISE, start, size, syscall.MADV_DONTNEED)
}
