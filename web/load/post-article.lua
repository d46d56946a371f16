-- wrk script: POST the article in $ISNAD_LOAD_ARTICLE to /api/analyze as UTF-8 text.
local file = assert(io.open(os.getenv("ISNAD_LOAD_ARTICLE"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
wrk.headers["Content-Type"] = "text/plain; charset=utf-8"
file:close()
