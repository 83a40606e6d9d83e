-- A real client the project did not write: Neovim's own LSP client (0.7), driven headless.
-- Environment: DATASET_CLI (the tool's dll), DATASET_ROOT (the project folder), DATASET_ARTICLE (the annotation),
-- DATASET_REGISTRY (actors.yaml), DATASET_RESULT (where to write what happened, one "key=value" per line).
local cli, root = os.getenv("DATASET_CLI"), os.getenv("DATASET_ROOT")
local article, registry = os.getenv("DATASET_ARTICLE"), os.getenv("DATASET_REGISTRY")
local out = io.open(os.getenv("DATASET_RESULT"), "w")
local function say(key, value) out:write(key .. "=" .. tostring(value) .. "\n"); out:flush() end

local ok, err = pcall(function()
  local client_id = vim.lsp.start_client({ name = "dataset", cmd = { "dotnet", cli, "lsp" }, root_dir = root })
  vim.cmd("edit " .. article)
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, client_id)
  local client = vim.lsp.get_client_by_id(client_id)
  vim.wait(20000, function() return client.initialized end, 50)
  say("initialized", client.initialized)

  -- A misspelt speaker, typed and not saved.
  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  local line
  for i, text in ipairs(lines) do if text == "    speaker: russia" then line = i - 1 break end end
  vim.api.nvim_buf_set_lines(buf, line, line + 1, false, { "    speaker: rusia" })
  vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
  local diagnostics = vim.diagnostic.get(buf)
  say("diagnostic_count", #diagnostics)
  if diagnostics[1] then
    say("diagnostic_code", diagnostics[1].code)
    say("diagnostic_line", diagnostics[1].lnum)
    say("misspelt_line", line)
  end
  vim.api.nvim_buf_set_lines(buf, line, line + 1, false, { "    speaker: " })

  -- Completion after "speaker: ".
  local completion = client.request_sync("textDocument/completion",
    { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = line, character = 13 } }, 20000, buf)
  local labels = {}
  for _, item in ipairs((completion.result or {}).items or completion.result or {}) do labels[#labels + 1] = item.label end
  say("completion", table.concat(labels, ","))
  vim.api.nvim_buf_set_lines(buf, line, line + 1, false, { "    speaker: russia" })
  vim.wait(30000, function() return #vim.diagnostic.get(buf) == 0 end, 50)

  -- Definition in another file.
  local definition = client.request_sync("textDocument/definition",
    { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = line, character = 15 } }, 20000, buf)
  local location = definition.result and (definition.result.uri and definition.result or definition.result[1])
  say("definition_uri", location and location.uri or "none")
  say("definition_line", location and location.range.start.line or -1)

  -- Rename across two files, applied by the editor.
  local rename = client.request_sync("textDocument/rename",
    { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = line, character = 15 }, newName = "russian-federation" }, 20000, buf)
  vim.lsp.util.apply_workspace_edit(rename.result, "utf-16")
  local registry_buf = vim.fn.bufnr(registry)
  local renamed_declaration = false
  for _, text in ipairs(vim.api.nvim_buf_get_lines(registry_buf, 0, -1, false)) do
    if text:find("id: russian%-federation") then renamed_declaration = true end
  end
  say("renamed_in_registry", renamed_declaration)
  say("renamed_here", vim.api.nvim_buf_get_lines(buf, line, line + 1, false)[1])
  vim.lsp.stop_client(client_id)
end)
if not ok then say("error", err) end
out:close()
vim.cmd("qall!")
