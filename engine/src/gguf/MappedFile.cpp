#include "gguf/MappedFile.h"

#include "trit/Error.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#ifdef _WIN32
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace trit {

#ifdef _WIN32

namespace {

std::wstring widen(const std::string& utf8) {
    const int n = MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), nullptr, 0);
    std::wstring wide(static_cast<size_t>(n), L'\0');
    MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), wide.data(), n);
    return wide;
}

[[noreturn]] void failWin(const std::string& path, const char* what) {
    throw Error(path + ": " + what + " (Windows error " + std::to_string(GetLastError()) + ")");
}

} // namespace

std::unique_ptr<MappedFile> MappedFile::open(const std::string& path) {
    std::unique_ptr<MappedFile> file(new MappedFile());
    file->path_ = path;
    HANDLE handle = CreateFileW(widen(path).c_str(), GENERIC_READ, FILE_SHARE_READ, nullptr, OPEN_EXISTING,
                                FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        failWin(path, "cannot open the file");
    file->file_handle_ = handle;
    LARGE_INTEGER size;
    if (!GetFileSizeEx(handle, &size))
        failWin(path, "cannot read the file size");
    file->size_ = static_cast<uint64_t>(size.QuadPart);
    if (file->size_ == 0)
        return file;
    HANDLE mapping = CreateFileMappingW(handle, nullptr, PAGE_READONLY, 0, 0, nullptr);
    if (!mapping)
        failWin(path, "cannot map the file into memory");
    file->mapping_handle_ = mapping;
    void* view = MapViewOfFile(mapping, FILE_MAP_READ, 0, 0, 0);
    if (!view)
        failWin(path, "cannot map the file into memory");
    file->data_ = static_cast<const uint8_t*>(view);
    return file;
}

MappedFile::~MappedFile() {
    if (data_)
        UnmapViewOfFile(data_);
    if (mapping_handle_)
        CloseHandle(mapping_handle_);
    if (file_handle_)
        CloseHandle(file_handle_);
}

// Windows read-ahead works from the file's access pattern; there is no cheap per-range hint to pass on.
void MappedFile::advise(Access, uint64_t, uint64_t) const {}

#else

std::unique_ptr<MappedFile> MappedFile::open(const std::string& path) {
    std::unique_ptr<MappedFile> file(new MappedFile());
    file->path_ = path;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw Error(path + ": cannot open the file: " + std::strerror(errno));
    struct stat info {};
    if (fstat(fd, &info) != 0) {
        const int err = errno;
        ::close(fd);
        throw Error(path + ": cannot read the file size: " + std::strerror(err));
    }
    if (!S_ISREG(info.st_mode)) {
        ::close(fd);
        throw Error(path + ": not a regular file (a directory or a device cannot be a model)");
    }
    file->size_ = static_cast<uint64_t>(info.st_size);
    if (file->size_ == 0) {
        ::close(fd);
        return file;
    }
    void* address = mmap(nullptr, file->size_, PROT_READ, MAP_PRIVATE, fd, 0);
    const int err = errno;
    ::close(fd); // the mapping keeps the file open
    if (address == MAP_FAILED)
        throw Error(path + ": cannot map the file into memory: " + std::strerror(err));
    file->data_ = static_cast<const uint8_t*>(address);
    return file;
}

MappedFile::~MappedFile() {
    if (data_)
        munmap(const_cast<uint8_t*>(data_), size_);
}

void MappedFile::advise(Access access, uint64_t offset, uint64_t length) const {
    if (!data_ || offset >= size_)
        return;
    length = std::min(length, size_ - offset);
    const auto page = static_cast<uint64_t>(sysconf(_SC_PAGESIZE));
    const uint64_t begin = offset / page * page; // madvise wants a page-aligned start
    int advice = MADV_NORMAL;
    switch (access) {
    case Access::Normal:
        advice = MADV_NORMAL;
        break;
    case Access::Sequential:
        advice = MADV_SEQUENTIAL;
        break;
    case Access::Random:
        advice = MADV_RANDOM;
        break;
    case Access::WillNeed:
        advice = MADV_WILLNEED;
        break;
    }
    // A hint that the kernel refuses changes nothing we rely on, so its result is deliberately ignored.
    (void)madvise(const_cast<uint8_t*>(data_) + begin, offset + length - begin, advice);
}

#endif

} // namespace trit
