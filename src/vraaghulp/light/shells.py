"""The snippets `vraaghulp init SHELL` prints for a shell's start-up file (standard library only).

Each snippet does, in that shell's own words:
1. only in an interactive shell whose output is a terminal, and only when a `vraaghulp`
   command still exists (after an uninstall the snippet stays quiet);
2. read the date in the device's state file (`light.daily`) with the shell's built-ins: when
   it is today, nothing else runs, so the other shell starts of the day cost no process;
3. else run `vraaghulp init --dagelijks` with no input and its errors thrown away; that
   command decides, writes the date and prints the card and the open asks.
The comments above the code come from the catalogue (`init.fragment_*`).
"""

from __future__ import annotations

from pathlib import Path

SHELLS = ("bash", "zsh", "fish", "powershell")
DAILY = "vraaghulp init --dagelijks"

_BASH = """\
if [[ $- == *i* && -t 1 ]] && command -v vraaghulp >/dev/null 2>&1; then
  __vraaghulp_dag='' __vraaghulp_nu=''
  { IFS= read -r __vraaghulp_dag < {path}; } 2>/dev/null
  printf -v __vraaghulp_nu '%(%Y-%m-%d)T' -1 2>/dev/null
  if [[ -z $__vraaghulp_nu || $__vraaghulp_dag != "$__vraaghulp_nu" ]]; then
    {daily} </dev/null 2>/dev/null
  fi
  unset __vraaghulp_dag __vraaghulp_nu
fi
"""

_ZSH = """\
if [[ -o interactive && -t 1 ]] && command -v vraaghulp >/dev/null 2>&1; then
  __vraaghulp_dag=''
  { IFS= read -r __vraaghulp_dag < {path}; } 2>/dev/null
  if [[ $__vraaghulp_dag != ${(%):-%D{%Y-%m-%d}} ]]; then
    {daily} </dev/null 2>/dev/null
  fi
  unset __vraaghulp_dag
fi
"""

_FISH = """\
if status is-interactive; and test -t 1; and type -q vraaghulp
    set -l __vraaghulp_dag ''
    test -r {path}; and read __vraaghulp_dag < {path} 2>/dev/null
    if test "$__vraaghulp_dag" != (date +%Y-%m-%d 2>/dev/null)
        {daily} </dev/null 2>/dev/null
    end
end
"""

_POWERSHELL = """\
if ([Environment]::UserInteractive -and -not [Console]::IsOutputRedirected -and
    (Get-Command vraaghulp -CommandType Application -ErrorAction SilentlyContinue)) {
    try {
        $vraaghulpDag = ''
        if (Test-Path -LiteralPath {path}) { $vraaghulpDag = Get-Content -LiteralPath {path} -TotalCount 1 -ErrorAction Stop }
        if ($vraaghulpDag -ne (Get-Date -Format 'yyyy-MM-dd')) { $null | {daily} 2>$null }
    } catch { }
    Remove-Variable vraaghulpDag -ErrorAction SilentlyContinue
}
"""

_TEMPLATES = {"bash": _BASH, "zsh": _ZSH, "fish": _FISH, "powershell": _POWERSHELL}

# Where each shell reads its start-up lines (as people write it in that shell).
STARTUP_FILES = {"bash": "~/.bashrc", "zsh": "~/.zshrc", "fish": "~/.config/fish/config.fish", "powershell": "$PROFILE"}
# How to add the lines (PowerShell 5 writes `>>` as UTF-16, so there it is Out-File in UTF-8).
APPEND = {shell: f"vraaghulp init {shell} >> {path}" for shell, path in STARTUP_FILES.items()}
APPEND["powershell"] = "vraaghulp init powershell | Out-File -Append -Encoding utf8 $PROFILE"


def quote(shell: str, text: str) -> str:
    """`text` as one literal word in `shell` (single quotes, escaped the shell's way)."""
    if shell == "powershell":
        return "'" + text.replace("'", "''") + "'"
    if shell == "fish":
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"
    return "'" + text.replace("'", "'\\''") + "'"


def snippet(shell: str, state: Path, comments: list[str]) -> str:
    """The lines to add to the start-up file of `shell`; `state` is this device's state file."""
    code = _TEMPLATES[shell].replace("{path}", quote(shell, str(state))).replace("{daily}", DAILY)
    return "".join(f"# {line}\n" for line in comments) + code


def guess_shell(environ) -> str | None:
    """The shell someone most likely uses (from $SHELL; PowerShell on Windows), or None."""
    import os

    name = os.path.basename(environ.get("SHELL", "") or "").lower()
    if name in SHELLS:
        return name
    if name in ("pwsh", "pwsh.exe", "powershell.exe") or (os.name == "nt" and not name):
        return "powershell"
    return None
