package index

import (
	"syscall"
	"unsafe"
)

// releaseResident takes the pages of the index's segment files that the
// process has read through their memory maps out of its resident set.
// A batch job reads a lot through them and never comes back to most of
// it: every merge reads its input segments whole, and every batch looks
// its ids up in every segment. Those pages stay counted as the process's
// own memory until a segment is closed, which for a large segment is
// never during a run. MADV_DONTNEED on a shared, read-only file mapping
// loses nothing: the pages stay in the page cache and the next read maps
// them again.
//
// The snapshot's reference keeps each segment — and so its map — open
// while this runs.
func (ix *Index) releaseResident() {
	snap := currentSnapshot(ix.b)
	if snap == nil {
		return
	}
	defer func() { _ = snap.Close() }()
	for _, ss := range snap.Segments() {
		m, ok := ss.Segment().(interface{ Data() []byte })
		if !ok {
			continue // an in-memory segment: its bytes are the heap's
		}
		data := m.Data()
		if len(data) == 0 {
			continue
		}
		_, _, _ = syscall.Syscall(syscall.SYS_MADVISE, uintptr(unsafe.Pointer(unsafe.SliceData(data))), uintptr(len(data)), syscall.MADV_DONTNEED)
	}
}
