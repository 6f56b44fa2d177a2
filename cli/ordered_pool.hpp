#pragma once
// Runs work(i) for i in [0, n) on `jobs` threads and hands the answers to consume(i, answer) on the
// calling thread in index order, as soon as each is ready. Workers stay at most a small window ahead
// of the consumer, so memory holds a few answers at a time whatever n is (a batch of 10,000 reports
// streams like a batch of 10).
#include <condition_variable>
#include <cstddef>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace nianbao::cli {

template <typename T, typename Work, typename Consume>
void run_ordered(std::size_t n, unsigned jobs, Work work, Consume consume) {
  if (jobs <= 1 || n <= 1) {
    // One worker would only hand each answer across threads (two wake-ups per file, ~10% of a batch's
    // CPU time in a virtual machine): the calling thread does the work itself, in the same order.
    for (std::size_t i = 0; i < n; ++i) {
      T answer = work(i);
      consume(i, answer);
    }
    return;
  }
  std::mutex m;
  std::condition_variable cv;
  std::size_t next_job = 0, next_out = 0;
  std::map<std::size_t, T> ready;
  const std::size_t window = static_cast<std::size_t>(jobs) * 4;
  auto worker = [&] {
    for (;;) {
      std::size_t i;
      {
        std::unique_lock<std::mutex> lock(m);
        cv.wait(lock, [&] { return next_job >= n || next_job < next_out + window; });
        if (next_job >= n) return;
        i = next_job++;
      }
      T answer = work(i);  // work() catches its own failures: one bad file never stops the batch
      {
        std::lock_guard<std::mutex> lock(m);
        ready.emplace(i, std::move(answer));
      }
      cv.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < jobs && t < n; ++t) threads.emplace_back(worker);
  for (std::size_t i = 0; i < n; ++i) {
    T answer;
    {
      std::unique_lock<std::mutex> lock(m);
      cv.wait(lock, [&] { return ready.count(i) > 0; });
      answer = std::move(ready.at(i));
      ready.erase(i);
    }
    consume(i, answer);
    {
      std::lock_guard<std::mutex> lock(m);
      ++next_out;
    }
    cv.notify_all();
  }
  for (auto& t : threads) t.join();
}

}  // namespace nianbao::cli
