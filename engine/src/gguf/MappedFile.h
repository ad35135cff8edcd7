#pragma once
// A read-only memory mapping of a whole file (POSIX mmap, or CreateFileMapping on Windows). The model's
// tensors are read in place from it, so nothing the kernels can use is ever copied.
#include <cstdint>
#include <memory>
#include <string>

namespace trit {

class MappedFile {
public:
    // How the caller is about to read a range, passed on to the kernel's read-ahead (madvise). Hints only:
    // ignored where the platform has no equivalent.
    enum class Access { Normal, Sequential, Random, WillNeed };

    // Maps `path` read-only. Throws trit::Error naming the file and the reason (missing, a directory, ...).
    static std::unique_ptr<MappedFile> open(const std::string& path);
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    const uint8_t* data() const { return data_; } // nullptr for an empty file
    uint64_t size() const { return size_; }
    const std::string& path() const { return path_; }
    void advise(Access access, uint64_t offset = 0, uint64_t length = UINT64_MAX) const;

private:
    MappedFile() = default;
    std::string path_;
    const uint8_t* data_ = nullptr;
    uint64_t size_ = 0;
#ifdef _WIN32
    void* file_handle_ = nullptr;
    void* mapping_handle_ = nullptr;
#endif
};

} // namespace trit
