-- Neovim's own LSP client (0.7), headless, in an article: the coverage check's advice, then "Annotate as statement".
-- Environment: DATASET_CLI (the tool's dll), DATASET_ROOT (the project folder), DATASET_TEXT (the article text),
-- DATASET_ARTICLE (its annotation), DATASET_RESULT (where to write what happened, one "key=value" per line).
local cli, root = os.getenv("DATASET_CLI"), os.getenv("DATASET_ROOT")
local text, annotation = os.getenv("DATASET_TEXT"), os.getenv("DATASET_ARTICLE")
local out = io.open(os.getenv("DATASET_RESULT"), "w")
local function say(key, value) out:write(key .. "=" .. tostring(value):gsub("\n", " ") .. "\n"); out:flush() end

local ok, err = pcall(function()
  local client_id = vim.lsp.start_client({ name = "dataset", cmd = { "dotnet", cli, "lsp" }, root_dir = root })
  vim.cmd("edit " .. text)
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, client_id)
  local client = vim.lsp.get_client_by_id(client_id)
  vim.wait(20000, function() return client.initialized end, 50)

  -- The advice at the passage nothing annotates.
  vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
  local advice = vim.diagnostic.get(buf)
  say("advice_count", #advice)
  local first = advice[1]
  say("advice_code", first and first.code or "none")
  say("advice_line", first and first.lnum or -1)

  -- The code actions there, as the editor asks for them, and the one that annotates, applied by the editor.
  local range = { start = { line = first.lnum, character = first.col }, ["end"] = { line = first.end_lnum, character = first.end_col } }
  local lsp_diagnostics = {}
  for _, d in ipairs(advice) do
    lsp_diagnostics[#lsp_diagnostics + 1] = (d.user_data or {}).lsp or { range = range, message = d.message, code = d.code }
  end
  local actions = client.request_sync("textDocument/codeAction",
    { textDocument = { uri = vim.uri_from_bufnr(buf) }, range = range, context = { diagnostics = lsp_diagnostics } }, 20000, buf)
  local titles, annotate = {}, nil
  for _, action in ipairs(actions.result or {}) do
    titles[#titles + 1] = action.title
    if action.title == "Annotate as statement" then annotate = action end
  end
  say("actions", table.concat(titles, "|"))
  if not annotate then error("no Annotate action among: " .. table.concat(titles, "|") .. " for " .. vim.inspect(range) .. " " .. vim.inspect(actions)) end
  vim.lsp.util.apply_workspace_edit(annotate.edit, "utf-16")
  local yaml_buf = vim.fn.bufnr(annotation)
  local yaml = table.concat(vim.api.nvim_buf_get_lines(yaml_buf, 0, -1, false), "\n")
  say("has_speaker", yaml:find("    speaker: john%-kirby\n    act: claim") ~= nil)
  say("has_mark", yaml:find("    draft: true") ~= nil)

  -- The server reads the unsaved buffer: once the editor sends it, the advice goes.
  vim.lsp.buf_attach_client(yaml_buf, client_id)
  vim.wait(30000, function() return #vim.diagnostic.get(buf) < #advice end, 50)
  say("advice_after", #vim.diagnostic.get(buf))
  vim.lsp.stop_client(client_id)
end)
if not ok then say("error", err) end
out:close()
vim.cmd("qall!")
