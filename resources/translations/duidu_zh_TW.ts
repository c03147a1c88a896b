<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AliasDialog</name>
    <message>
        <source>Aliases</source>
        <translation>別名</translation>
    </message>
    <message>
        <source>Names in one row are counted as one topic, in any script. The first column is the name shown. Duidu also knows {count} common groups (companies, people, places, products); a row of yours with the same name replaces its group.</source>
        <translation>同一行中的名稱，不論用何種文字書寫，都算作同一個主題。第一列是顯示的名稱。Duidu 還內建了 {count} 個常見別名組（公司、人物、地點、產品）；你新增的行若與某組同名，則取代該組。</translation>
    </message>
    <message>
        <source>Alias groups</source>
        <translation>別名組</translation>
    </message>
    <message>
        <source>Columns of the alias groups</source>
        <translation>別名組的欄</translation>
    </message>
    <message>
        <source>Rows of the alias groups</source>
        <translation>別名組的列</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>顯示的名稱</translation>
    </message>
    <message>
        <source>Other names (comma-separated)</source>
        <translation>其他名稱（以逗號分隔）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <source>Yellow</source>
        <translation>黃色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>綠色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>藍色</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>粉紅色</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>註解</translation>
    </message>
    <message>
        <source>Linked Annotation</source>
        <translation>關聯註解</translation>
    </message>
    <message>
        <source>Left: “{quote}”</source>
        <translation>左欄：「{quote}」</translation>
    </message>
    <message>
        <source>Right: “{quote}”</source>
        <translation>右欄：「{quote}」</translation>
    </message>
    <message>
        <source>Your note, in Markdown: **bold**, *italic*, - lists, &gt; quotes…</source>
        <translation>你的筆記，支援 Markdown：**粗體**、*斜體*、- 清單、&gt; 引用…</translation>
    </message>
    <message>
        <source>Preview of the note</source>
        <translation>筆記預覽</translation>
    </message>
    <message>
        <source>Note: write or preview</source>
        <translation>筆記：編寫或預覽</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>編寫</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>claim, figure, source …  (comma-separated)</source>
        <translation>觀點，資料，出處 …（用逗號分隔）</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>標籤(&amp;T)：</translation>
    </message>
    <message>
        <source>Add the tag “{tag}”</source>
        <translation>新增標籤「{tag}」</translation>
    </message>
    <message>
        <source>Recent:</source>
        <translation>最近使用：</translation>
    </message>
    <message>
        <source>{colour} highlight</source>
        <translation>{colour}標示</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>顏色(&amp;C)：</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Move this annotation to the trash (Undo brings it back)</source>
        <translation>將此註解移到垃圾桶（可用「復原」找回）</translation>
    </message>
</context>
<context>
    <name>AnnotationsController</name>
    <message>
        <source>The notes for {name} cannot be opened: {error}</source>
        <translation>無法開啟 {name} 的筆記：{error}</translation>
    </message>
    <message>
        <source>The annotations could not be placed in the text: {message}</source>
        <translation>無法在文字中定位註解：{message}</translation>
    </message>
    <message>
        <source>Select a passage first, then annotate it.</source>
        <translation>請先選擇一段文字，再新增註解。</translation>
    </message>
    <message>
        <source>Select a passage in each article first, then link them in one annotation.</source>
        <translation>請先在兩篇文章中各選擇一段文字，再用一則註解將它們關聯起來。</translation>
    </message>
    <message>
        <source>This passage is no longer in the text (orphaned). Select new text in the pane and choose Re-attach to Selection in the Annotations panel.</source>
        <translation>這段文字已不在內文中（找不到原文）。請在欄中選取新的文字，然後在註解面板中選擇「重新附加到所選文字」。</translation>
    </message>
</context>
<context>
    <name>AnnotationsModel</name>
    <message>
        <source>Made {made}, last changed {changed}</source>
        <translation>建立於 {made}，最後修改於 {changed}</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>Passage</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>筆記</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改時間</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左欄</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右欄</translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation>找不到原文</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>已移動</translation>
    </message>
    <message>
        <source>Filter quotes, notes and tags (any script)</source>
        <translation>篩選引文、筆記和標籤（繁簡均可）</translation>
    </message>
    <message>
        <source>Filter annotations</source>
        <translation>篩選註解</translation>
    </message>
    <message>
        <source>Only annotations with this tag</source>
        <translation>僅顯示帶有此標籤的註解</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>按標籤篩選</translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>任意顏色</translation>
    </message>
    <message>
        <source>Filter by colour</source>
        <translation>按顏色篩選</translation>
    </message>
    <message>
        <source>Only annotations of this colour</source>
        <translation>僅顯示此顏色的註解</translation>
    </message>
    <message>
        <source>Filter by article</source>
        <translation>按文章篩選</translation>
    </message>
    <message>
        <source>Only annotations on this article</source>
        <translation>僅顯示此文章的註解</translation>
    </message>
    <message>
        <source>Both articles</source>
        <translation>兩篇文章</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>排序方式</translation>
    </message>
    <message>
        <source>Order of the list</source>
        <translation>清單的順序</translation>
    </message>
    <message>
        <source>By position</source>
        <translation>按位置</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新的在前</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>最早的在前</translation>
    </message>
    <message>
        <source>Annotations or Trash</source>
        <translation>註解或垃圾桶</translation>
    </message>
    <message>
        <source>The annotations, or those deleted (to restore them)</source>
        <translation>註解，或已刪除的註解（以便還原）</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>註解</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>垃圾桶</translation>
    </message>
    <message>
        <source>Every annotation of both articles; Enter goes to its passage, Delete moves it to the Trash</source>
        <translation>兩篇文章的全部註解；按 Enter 跳到其段落，按 Delete 移到垃圾桶</translation>
    </message>
    <message>
        <source>Columns of the annotations</source>
        <translation>註解清單的欄</translation>
    </message>
    <message>
        <source>Rows of the annotations</source>
        <translation>註解清單的列</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>永久刪除</translation>
    </message>
    <message>
        <source>Re-attach to Selection</source>
        <translation>重新附加到所選文字</translation>
    </message>
    <message>
        <source>Attach the selected orphaned annotation to the text selected in its pane</source>
        <translation>將所選的找不到原文的註解附加到其所在欄中選中的文字</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>標籤…</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>複製為 Markdown</translation>
    </message>
    <message>
        <source>Copy the selected annotations as Markdown (Ctrl+C)</source>
        <translation>將所選註解複製為 Markdown（Ctrl+C）</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>任意標籤</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} / {total}</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>No font that can show Chinese is installed, so Chinese text appears as empty boxes. Install one, for example on Debian or Ubuntu: sudo apt install fonts-noto-cjk; on Fedora: sudo dnf install google-noto-sans-cjk-fonts. Then restart Duidu.</source>
        <translation>沒有安裝能顯示中文的字型，中文會顯示為空白方框。請安裝一種，例如在 Debian 或 Ubuntu 上：sudo apt install fonts-noto-cjk；在 Fedora 上：sudo dnf install google-noto-sans-cjk-fonts。然後重新啟動 Duidu。</translation>
    </message>
</context>
<context>
    <name>BackgroundTasks</name>
    <message>
        <source>Something went wrong in the background: {error}.</source>
        <translation>背景工作出錯：{error}。</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>筆記(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;Left…</source>
        <translation>開啟左欄(&amp;L)…</translation>
    </message>
    <message>
        <source>Open a file in the left pane</source>
        <translation>在左欄開啟檔案</translation>
    </message>
    <message>
        <source>Open &amp;Right…</source>
        <translation>開啟右欄(&amp;R)…</translation>
    </message>
    <message>
        <source>Open a file in the right pane</source>
        <translation>在右欄開啟檔案</translation>
    </message>
    <message>
        <source>S&amp;wap Panes</source>
        <translation>交換左右欄(&amp;W)</translation>
    </message>
    <message>
        <source>Exchange the left and right documents</source>
        <translation>交換左右兩欄的文件</translation>
    </message>
    <message>
        <source>Notes as &amp;Markdown…</source>
        <translation>筆記為 &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export annotations as Markdown notes (with a preview)</source>
        <translation>將註解匯出為 Markdown 筆記（可預覽）</translation>
    </message>
    <message>
        <source>All Notes as &amp;JSON…</source>
        <translation>全部筆記為 &amp;JSON…</translation>
    </message>
    <message>
        <source>Export every annotation, as stored (W3C Web Annotation), to move it elsewhere</source>
        <translation>依儲存格式（W3C Web Annotation）匯出全部註解，以便移到別處</translation>
    </message>
    <message>
        <source>&amp;Import Notes from JSON…</source>
        <translation>從 JSON 匯入筆記(&amp;I)…</translation>
    </message>
    <message>
        <source>Merge annotations from a JSON export; nothing is duplicated</source>
        <translation>合併 JSON 匯出檔中的註解，不會重複</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Scripts, font, spacing, theme and the other defaults, applied as you change them</source>
        <translation>文字、字型、行距、主題等預設設定，更改後立即生效</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>加大文字</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>縮小文字</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>實際大小(&amp;A)</translation>
    </message>
    <message>
        <source>The reading font&apos;s own size</source>
        <translation>閱讀字型的原始大小</translation>
    </message>
    <message>
        <source>&amp;Font…</source>
        <translation>字型(&amp;F)…</translation>
    </message>
    <message>
        <source>Choose the reading font</source>
        <translation>選擇閱讀字型</translation>
    </message>
    <message>
        <source>&amp;Synchronized Scrolling</source>
        <translation>同步捲動(&amp;S)</translation>
    </message>
    <message>
        <source>Scroll both panes together</source>
        <translation>兩欄一起捲動</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>全屏(&amp;U)</translation>
    </message>
    <message>
        <source>Use the whole screen for the two texts</source>
        <translation>用整個螢幕顯示兩篇文本</translation>
    </message>
    <message>
        <source>Toolbar &amp;Labels</source>
        <translation>工具欄標籤(&amp;L)</translation>
    </message>
    <message>
        <source>Show each toolbar button&apos;s name under its icon</source>
        <translation>在每個工具欄按鈕的圖示下顯示其名稱</translation>
    </message>
    <message>
        <source>Focus &amp;Left Pane</source>
        <translation>聚焦左欄(&amp;L)</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the left text</source>
        <translation>把鍵盤焦點移到左欄文本</translation>
    </message>
    <message>
        <source>Focus &amp;Right Pane</source>
        <translation>聚焦右欄(&amp;R)</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the right text</source>
        <translation>把鍵盤焦點移到右欄文本</translation>
    </message>
    <message>
        <source>S&amp;witch Pane</source>
        <translation>切換欄(&amp;W)</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the other text</source>
        <translation>把鍵盤焦點移到另一欄文本</translation>
    </message>
    <message>
        <source>&amp;Annotate Selection…</source>
        <translation>註解所選內容(&amp;A)…</translation>
    </message>
    <message>
        <source>Write a note and tags on the selected passage</source>
        <translation>為所選段落寫筆記和標籤</translation>
    </message>
    <message>
        <source>Annotate &amp;Both Selections…</source>
        <translation>註解兩欄所選內容(&amp;B)…</translation>
    </message>
    <message>
        <source>One note linking the passage selected in the left article with the one in the right</source>
        <translation>一條筆記，關聯左欄文章與右欄文章中所選的段落</translation>
    </message>
    <message>
        <source>Annotations &amp;Panel</source>
        <translation>註解面板(&amp;P)</translation>
    </message>
    <message>
        <source>Show the annotations panel</source>
        <translation>顯示註解面板</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>標籤(&amp;T)…</translation>
    </message>
    <message>
        <source>Rename, merge and delete tags</source>
        <translation>重新命名、合併和刪除標籤</translation>
    </message>
    <message>
        <source>&amp;Find in Both…</source>
        <translation>在兩欄中尋找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find in both texts, whatever script each is shown in</source>
        <translation>在兩篇文字中尋找，無論各自以何種文字顯示</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>尋找下一個(&amp;N)</translation>
    </message>
    <message>
        <source>The next match in both texts</source>
        <translation>兩篇文本中的下一個匹配</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>尋找上一個(&amp;P)</translation>
    </message>
    <message>
        <source>The previous match in both texts</source>
        <translation>兩篇文本中的上一個匹配</translation>
    </message>
    <message>
        <source>&amp;Topics Panel</source>
        <translation>主題面板(&amp;T)</translation>
    </message>
    <message>
        <source>Show the topics panel</source>
        <translation>顯示主題面板</translation>
    </message>
    <message>
        <source>&amp;Highlight Shared Topics</source>
        <translation>標示共同主題(&amp;H)</translation>
    </message>
    <message>
        <source>Colour every shared topic in both texts</source>
        <translation>在兩篇文字中為每個共同主題上色</translation>
    </message>
    <message>
        <source>&amp;Clear Topic Marks</source>
        <translation>清除主題標記(&amp;C)</translation>
    </message>
    <message>
        <source>Take away the tint of the topic you stepped through</source>
        <translation>去掉逐個瀏覽過的主題的底色</translation>
    </message>
    <message>
        <source>Mark Shared &amp;Wording</source>
        <translation>標出相同措辭(&amp;W)</translation>
    </message>
    <message>
        <source>Underline sentences and clauses both articles contain</source>
        <translation>為兩篇文章都有的句子和分句加下劃線</translation>
    </message>
    <message>
        <source>&amp;Scroll to Aligned Passage</source>
        <translation>捲動到對應段落(&amp;S)</translation>
    </message>
    <message>
        <source>Clicking a paragraph scrolls the other pane to the passage on the same point</source>
        <translation>點按一個段落時，另一欄捲動到討論同一點的段落</translation>
    </message>
    <message>
        <source>Synchronized Scrolling Follows &amp;Alignment</source>
        <translation>同步捲動依段落對應(&amp;A)</translation>
    </message>
    <message>
        <source>Keep aligned passages side by side while scrolling, instead of the same proportion</source>
        <translation>捲動時讓對應段落並排，而不是依相同比例捲動</translation>
    </message>
    <message>
        <source>&amp;Link Paragraphs</source>
        <translation>關聯段落(&amp;L)</translation>
    </message>
    <message>
        <source>Make the paragraphs holding the two text cursors a sync point</source>
        <translation>把兩個文本游標所在的段落設為同步點</translation>
    </message>
    <message>
        <source>&amp;Unlink Paragraphs</source>
        <translation>取消關聯段落(&amp;U)</translation>
    </message>
    <message>
        <source>Remove the alignment between the paragraphs holding the two text cursors</source>
        <translation>取消兩個文本游標所在段落之間的對應</translation>
    </message>
    <message>
        <source>&amp;Aliases…</source>
        <translation>別名(&amp;A)…</translation>
    </message>
    <message>
        <source>Names that mean the same thing (雪梨 and 悉尼, NVIDIA and 英伟达)</source>
        <translation>指同一事物的名稱（雪梨與悉尼，NVIDIA 與英偉達）</translation>
    </message>
    <message>
        <source>&amp;Vocabulary…</source>
        <translation>詞彙(&amp;V)…</translation>
    </message>
    <message>
        <source>Words OpenCC should keep or convert differently</source>
        <translation>OpenCC 應保留或以其他方式轉換的詞語</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>使用者指南(&amp;U)</translation>
    </message>
    <message>
        <source>A short guide to Duidu (offline)</source>
        <translation>Duidu 簡明指南（離線）</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <source>Every command that has a key</source>
        <translation>所有設有快速鍵的指令</translation>
    </message>
    <message>
        <source>&amp;About Duidu</source>
        <translation>關於 Duidu(&amp;A)</translation>
    </message>
    <message>
        <source>Versions of Duidu, Qt and OpenCC</source>
        <translation>Duidu、Qt 和 OpenCC 的版本</translation>
    </message>
</context>
<context>
    <name>ComparisonController</name>
    <message>
        <source>Topics appear once both articles are open.</source>
        <translation>兩篇文章都開啟後，這裡會列出主題。</translation>
    </message>
    <message>
        <source>Finding the topics both articles discuss…</source>
        <translation>正在尋找兩篇文章共同討論的主題…</translation>
    </message>
    <message>
        <source>Topics could not be found: {message}</source>
        <translation>無法找出主題：{message}</translation>
    </message>
    <message>
        <source>The other article has the same wording</source>
        <translation>另一篇文章有相同措辭</translation>
    </message>
    <message>
        <source>Aligned passage (sync point)</source>
        <translation>對應段落（同步點）</translation>
    </message>
    <message>
        <source>Aligned passage (score {score})</source>
        <translation>對應段落（得分 {score}）</translation>
    </message>
    <message>
        <source>Counterpart sentence (similarity {score})</source>
        <translation>對應句（相似度 {score}）</translation>
    </message>
    <message>
        <source>Sync points need both articles open and analysed.</source>
        <translation>設定同步點需要兩篇文章都已開啟並分析完畢。</translation>
    </message>
    <message>
        <source>The two articles are being analysed again; nothing was linked. Try again once the topics are back.</source>
        <translation>正在重新分析兩篇文章，未關聯任何段落。請在主題重新出現後再試。</translation>
    </message>
    <message>
        <source>The two articles are being analysed again; nothing was unlinked. Try again once the topics are back.</source>
        <translation>正在重新分析兩篇文章，未取消任何關聯。請在主題重新出現後再試。</translation>
    </message>
    <message>
        <source>Put the text cursor in a paragraph of each article first.</source>
        <translation>請先在兩篇文章中各把文字游標放到一個段落裡。</translation>
    </message>
    <message>
        <source>The analysis did not match the texts; they are being analysed again and nothing was linked.</source>
        <translation>分析結果與文本不符，正在重新分析；未關聯任何段落。</translation>
    </message>
    <message>
        <source>The analysis did not match the texts; they are being analysed again and nothing was unlinked.</source>
        <translation>分析結果與文本不符，正在重新分析；未取消任何關聯。</translation>
    </message>
    <message>
        <source>Linked paragraph {left} with paragraph {right}.</source>
        <translation>已將第 {left} 段與第 {right} 段關聯。</translation>
    </message>
    <message>
        <source>Unlinked paragraph {left} from paragraph {right}.</source>
        <translation>已取消第 {left} 段與第 {right} 段的關聯。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>The preview shows the first {shown} of {total} annotations; the export has all of them.</source>
        <translation>預覽僅顯示 {total} 則註解中的前 {shown} 則；匯出內容包含全部註解。</translation>
    </message>
    <message>
        <source>Export Notes as Markdown</source>
        <translation>將筆記匯出為 Markdown</translation>
    </message>
    <message>
        <source>Both articles</source>
        <translation>兩篇文章</translation>
    </message>
    <message>
        <source>Left article</source>
        <translation>左欄文章</translation>
    </message>
    <message>
        <source>Right article</source>
        <translation>右欄文章</translation>
    </message>
    <message>
        <source>Every document with notes (notebook)</source>
        <translation>所有帶筆記的文件（筆記本）</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>任意標籤</translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>任意顏色</translation>
    </message>
    <message>
        <source>Original (as in the file)</source>
        <translation>原文（與檔案相同）</translation>
    </message>
    <message>
        <source>By document, in reading order</source>
        <translation>按文件，依閱讀順序</translation>
    </message>
    <message>
        <source>By tag</source>
        <translation>按標籤</translation>
    </message>
    <message>
        <source>&amp;Notes of:</source>
        <translation>筆記範圍(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>標籤(&amp;T)：</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>顏色(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Quotes in:</source>
        <translation>引文文字(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Grouped:</source>
        <translation>分組方式(&amp;G)：</translation>
    </message>
    <message>
        <source>Preview of the export</source>
        <translation>匯出預覽</translation>
    </message>
    <message>
        <source>Export: preview or Markdown</source>
        <translation>匯出：預覽或 Markdown</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>儲存…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Copy the Markdown to the clipboard</source>
        <translation>將 Markdown 複製到剪貼簿</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>正在準備匯出…</translation>
    </message>
    <message>
        <source>1 annotation to export.</source>
        <translation>將匯出 1 則註解。</translation>
    </message>
    <message>
        <source>{count} annotations to export.</source>
        <translation>將匯出 {count} 則註解。</translation>
    </message>
    <message>
        <source>The export could not be prepared: {message}</source>
        <translation>無法準備匯出：{message}</translation>
    </message>
    <message>
        <source>Copied the Markdown to the clipboard.</source>
        <translation>已將 Markdown 複製到剪貼簿。</translation>
    </message>
    <message>
        <source>Save Notes as Markdown</source>
        <translation>將筆記儲存為 Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>The notes could not be saved to {path}: {error}.</source>
        <translation>無法將筆記儲存到 {path}：{error}。</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>已儲存 {name}。</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in both texts</source>
        <translation>在兩篇文本中尋找</translation>
    </message>
    <message>
        <source>Find in both texts (any script: 英伟达 finds 英偉達)</source>
        <translation>在兩篇文本中尋找（不限文字：英伟达 也能找到 英偉達）</translation>
    </message>
    <message>
        <source>Regional vocabulary</source>
        <translation>地區用詞</translation>
    </message>
    <message>
        <source>Also find regional words for the same thing: 芯片 finds 晶片</source>
        <translation>同時尋找同一事物的地區用詞：芯片 也能找到 晶片</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一個符合項目（Shift+F3）</translation>
    </message>
    <message>
        <source>Next match (F3, Enter)</source>
        <translation>下一個符合項目（F3、Enter）</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>關閉（Esc）</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>尋找：</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在尋找…</translation>
    </message>
    <message>
        <source>Left {current} of {total}</source>
        <translation>左欄 {current}/{total}</translation>
    </message>
    <message>
        <source>Left {count}</source>
        <translation>左欄 {count} 處</translation>
    </message>
    <message>
        <source>Right {current} of {total}</source>
        <translation>右欄 {current}/{total}</translation>
    </message>
    <message>
        <source>Right {count}</source>
        <translation>右欄 {count} 處</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Duidu User Guide</source>
        <translation>Duidu 使用者指南</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>使用者指南</translation>
    </message>
    <message>
        <source>The user guide could not be read ({error}). Reinstall Duidu to restore it.</source>
        <translation>無法讀取使用者指南（{error}）。請重新安裝 Duidu 以恢復它。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Text and Markdown (*.txt *.md *.markdown *.text);;All files (*)</source>
        <translation>文字檔和 Markdown (*.txt *.md *.markdown *.text);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Web Annotations (*.json);;All files (*)</source>
        <translation>Web 註解 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>The two texts</source>
        <translation>兩篇文本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>選單欄</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>註解</translation>
    </message>
    <message>
        <source>Show both panes in {script} ({key})</source>
        <translation>兩欄都顯示為{script}（{key}）</translation>
    </message>
    <message>
        <source>Open Recent in Left</source>
        <translation>在左欄開啟最近的檔案</translation>
    </message>
    <message>
        <source>Open Recent in Right</source>
        <translation>在右欄開啟最近的檔案</translation>
    </message>
    <message>
        <source>Script in &amp;Both Panes</source>
        <translation>兩欄的文字(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Line Spacing</source>
        <translation>行距(&amp;L)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具欄</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Show both panes in one script</source>
        <translation>兩欄顯示為同一種文字</translation>
    </message>
    <message>
        <source>Export All Notes as JSON</source>
        <translation>全部筆記匯出為 JSON</translation>
    </message>
    <message>
        <source>Import Notes from JSON</source>
        <translation>從 JSON 匯入筆記</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>復原(&amp;U) {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>重做(&amp;R) {action}</translation>
    </message>
    <message>
        <source>Open in the left pane</source>
        <translation>在左欄開啟</translation>
    </message>
    <message>
        <source>Open in the right pane</source>
        <translation>在右欄開啟</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>沒有最近的檔案</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>Left: {script}</source>
        <translation>左欄：{script}</translation>
    </message>
    <message>
        <source>Right: {script}</source>
        <translation>右欄：{script}</translation>
    </message>
    <message>
        <source>Text size {size} pt</source>
        <translation>文字大小 {size} 點</translation>
    </message>
    <message>
        <source>Reading font</source>
        <translation>閱讀字型</translation>
    </message>
    <message>
        <source>Both Panes in {script}</source>
        <translation>兩欄都顯示為{script}</translation>
    </message>
    <message>
        <source>exact phrase maps</source>
        <translation>精確詞組對應</translation>
    </message>
    <message>
        <source>line-level maps</source>
        <translation>逐行對應</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>關於 {name}</translation>
    </message>
    <message>
        <source>Read two Chinese articles side by side, each in the script and regional vocabulary you prefer.</source>
        <translation>並排閱讀兩篇中文文章，每篇都以你喜歡的文字和地區用詞顯示。</translation>
    </message>
    <message>
        <source>OpenCC engine: {engine}&lt;br&gt;PySide6 {pyside}, Qt {qt}, Python {python}&lt;br&gt;Data folder: {folder}</source>
        <translation>OpenCC 引擎：{engine}&lt;br&gt;PySide6 {pyside}，Qt {qt}，Python {python}&lt;br&gt;資料資料夾：{folder}</translation>
    </message>
    <message>
        <source>Licensed under the GNU GPL, version 3 or later. Conversion by OpenCC (Apache 2.0); icons by Material Design Icons via QtAwesome.</source>
        <translation>依 GNU GPL 第 3 版或更新版本授權。轉換由 OpenCC（Apache 2.0）完成；圖示來自 Material Design Icons，經由 QtAwesome。</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>a group has an empty name</source>
        <translation>有一組別名的名稱為空</translation>
    </message>
    <message>
        <source>it has no list of groups</source>
        <translation>其中沒有別名組清單</translation>
    </message>
    <message>
        <source>Your alias file could not be read ({reason}). It was kept as {kept}; only the bundled aliases are used.</source>
        <translation>無法讀取你的別名檔案（{reason}）。該檔案已保留為 {kept}；現在只使用內建的別名。</translation>
    </message>
    <message>
        <source>Your sync points could not be read ({reason}); the file was kept as {kept} and starts empty.</source>
        <translation>無法讀取你的同步點（{reason}）；該檔案已保留為 {kept}，同步點從空白重新開始。</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>該檔案</translation>
    </message>
    <message>
        <source>{name} starts with a {encoding} byte-order mark but is not valid {encoding} (bad bytes at offset {offset}).</source>
        <translation>{name} 以 {encoding} 位元組順序標記開頭，但不是有效的 {encoding}（偏移 {offset} 處有錯誤位元組）。</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text.</source>
        <translation>{name} 是二進位檔案，不是文字。</translation>
    </message>
    <message>
        <source>{name} is not text in an encoding Duidu can read (UTF-8, UTF-16 with BOM, GB18030/GBK/GB2312 or Big5).</source>
        <translation>{name} 不是 Duidu 能讀取的編碼的文字（UTF-8、帶 BOM 的 UTF-16、GB18030/GBK/GB2312 或 Big5）。</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>這是資料夾，不是檔案</translation>
    </message>
    <message>
        <source>it is not a regular file (a pipe, device or socket)</source>
        <translation>這不是一般檔案（而是管道、裝置或通訊端）</translation>
    </message>
    <message>
        <source>it is larger than {size} MB</source>
        <translation>檔案大於 {size} MB</translation>
    </message>
    <message>
        <source>it is larger than {size} bytes</source>
        <translation>檔案大於 {size} 位元組</translation>
    </message>
    <message>
        <source>it holds {name}, which is not a JSON number</source>
        <translation>其中含有 {name}，這不是 JSON 數字</translation>
    </message>
    <message>
        <source>it holds the number {number}, which is too large</source>
        <translation>其中的數字 {number} 太大</translation>
    </message>
    <message>
        <source>it holds an integer of {digits} digits</source>
        <translation>其中有一個 {digits} 位的整數</translation>
    </message>
    <message>
        <source>it is nested too deeply to be a Duidu file</source>
        <translation>巢狀層數太多，不可能是 Duidu 的檔案</translation>
    </message>
    <message>
        <source>it holds text that is not valid Unicode (a lone surrogate)</source>
        <translation>其中含有無效的 Unicode 文字（孤立的代理字元）</translation>
    </message>
    <message>
        <source>“{colour}” is not a colour: use one of {names}, or #rrggbb.</source>
        <translation>「{colour}」不是顏色：請使用 {names} 之一，或 #rrggbb。</translation>
    </message>
    <message>
        <source>Select some text first: an annotation needs a passage.</source>
        <translation>請先選取一段文字：註解需要對應一段文字。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>前文</translation>
    </message>
    <message>
        <source>suffix</source>
        <translation>後文</translation>
    </message>
    <message>
        <source>start</source>
        <translation>起始位置</translation>
    </message>
    <message>
        <source>end</source>
        <translation>結束位置</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>note</source>
        <translation>筆記</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>selector</source>
        <translation>選擇器</translation>
    </message>
    <message>
        <source>body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>document address</source>
        <translation>文件地址</translation>
    </message>
    <message>
        <source>document hash</source>
        <translation>文件雜湊值</translation>
    </message>
    <message>
        <source>creation time</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>modification time</source>
        <translation>修改時間</translation>
    </message>
    <message>
        <source>deletion time</source>
        <translation>刪除時間</translation>
    </message>
    <message>
        <source>emptied-trash id</source>
        <translation>已清空垃圾桶記錄的 ID</translation>
    </message>
    <message>
        <source>emptied-trash time</source>
        <translation>清空垃圾桶的時間</translation>
    </message>
    <message>
        <source>it has more than {limit} selectors</source>
        <translation>選擇器超過 {limit} 個</translation>
    </message>
    <message>
        <source>it has more than {limit} targets</source>
        <translation>目標超過 {limit} 個</translation>
    </message>
    <message>
        <source>it has more than {limit} bodies</source>
        <translation>正文超過 {limit} 個</translation>
    </message>
    <message>
        <source>its {what} is not text</source>
        <translation>{what}不是文字</translation>
    </message>
    <message>
        <source>its {what} is longer than {limit:,} characters</source>
        <translation>{what}超過 {limit:,} 個字元</translation>
    </message>
    <message>
        <source>its {what} is empty</source>
        <translation>{what}為空</translation>
    </message>
    <message>
        <source>its {what} is not valid Unicode text</source>
        <translation>{what}不是有效的 Unicode 文字</translation>
    </message>
    <message>
        <source>its {what} is not an offset</source>
        <translation>{what}不是有效的偏移量</translation>
    </message>
    <message>
        <source>its {what} is not a date and time</source>
        <translation>{what}不是日期時間</translation>
    </message>
    <message>
        <source>its {what} is neither an object nor a list</source>
        <translation>{what}既不是物件也不是清單</translation>
    </message>
    <message>
        <source>its document&apos;s address is not a file path</source>
        <translation>文件地址不是檔案路徑</translation>
    </message>
    <message>
        <source>its target&apos;s source is not an object</source>
        <translation>目標的來源不是物件</translation>
    </message>
    <message>
        <source>its document hash is not a SHA-256</source>
        <translation>文件雜湊值不是 SHA-256</translation>
    </message>
    <message>
        <source>a target is not an object</source>
        <translation>有一個目標不是物件</translation>
    </message>
    <message>
        <source>a selector is not an object</source>
        <translation>有一個選擇器不是物件</translation>
    </message>
    <message>
        <source>it has a target without a quote</source>
        <translation>有一個目標沒有引文</translation>
    </message>
    <message>
        <source>its passage ends before it starts</source>
        <translation>段落的結束位置在起始位置之前</translation>
    </message>
    <message>
        <source>it is not a Web Annotation</source>
        <translation>這不是 Web Annotation</translation>
    </message>
    <message>
        <source>it has no target</source>
        <translation>沒有目標</translation>
    </message>
    <message>
        <source>a body is not an object</source>
        <translation>有一個正文不是物件</translation>
    </message>
    <message>
        <source>it has more than {limit} tags</source>
        <translation>標籤超過 {limit} 個</translation>
    </message>
    <message>
        <source>{where} has not been opened in Duidu here; its notes are exported with the passages as they were saved (open it once to place them).</source>
        <translation>{where} 尚未在這台電腦上的 Duidu 中開啟過；其筆記按儲存時的段落匯出（開啟一次即可定位）。</translation>
    </message>
    <message>
        <source>{where} was not found; its notes are exported with the passages as they were saved.</source>
        <translation>找不到 {where}；其筆記按儲存時的段落匯出。</translation>
    </message>
    <message>
        <source>Imported {added} new annotation, updated {updated}, and {unchanged} was already here.</source>
        <translation>已匯入 {added} 則新註解，更新 {updated} 則，{unchanged} 則已存在。</translation>
    </message>
    <message>
        <source>Imported {added} new annotation, updated {updated}, and {unchanged} were already here.</source>
        <translation>已匯入 {added} 則新註解，更新 {updated} 則，{unchanged} 則已存在。</translation>
    </message>
    <message>
        <source>Imported {added} new annotations, updated {updated}, and {unchanged} was already here.</source>
        <translation>已匯入 {added} 則新註解，更新 {updated} 則，{unchanged} 則已存在。</translation>
    </message>
    <message>
        <source>Imported {added} new annotations, updated {updated}, and {unchanged} were already here.</source>
        <translation>已匯入 {added} 則新註解，更新 {updated} 則，{unchanged} 則已存在。</translation>
    </message>
    <message>
        <source>{name} does not exist.</source>
        <translation>{name} 不存在。</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}.</source>
        <translation>無法讀取 {name}：{reason}。</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text, so it is not a JSON export.</source>
        <translation>{name} 不是 UTF-8 文字，因此不是 JSON 匯出檔案。</translation>
    </message>
    <message>
        <source>This is not a JSON file Duidu can read ({error}); nothing was imported.</source>
        <translation>這不是 Duidu 能讀取的 JSON 檔案（{error}）；未匯入任何內容。</translation>
    </message>
    <message>
        <source>This file holds no Web Annotations; nothing was imported.</source>
        <translation>此檔案中沒有 Web Annotation；未匯入任何內容。</translation>
    </message>
    <message>
        <source>This file holds more than {count:,} annotations; nothing was imported.</source>
        <translation>此檔案中的註解超過 {count:,} 則；未匯入任何內容。</translation>
    </message>
    <message>
        <source>it names no document (neither a file nor a SHA-256)</source>
        <translation>沒有指明文件（既無檔案也無 SHA-256）</translation>
    </message>
    <message>
        <source>Annotation {number} in this file cannot be read: {error}. Nothing was imported.</source>
        <translation>無法讀取此檔案中的第 {number} 則註解：{error}。未匯入任何內容。</translation>
    </message>
    <message>
        <source>{error} The import stopped after {saved} of {total} notes files; importing the same file again finishes it and duplicates nothing.</source>
        <translation>{error} 匯入在 {total} 個筆記檔案中的 {saved} 個之後停止；再次匯入同一檔案即可完成，不會產生重複。</translation>
    </message>
    <message>
        <source>The notes file {file} (notes on {document}) could not be read ({reason}). It was kept as {kept}; the notes Duidu still had are saved afresh.</source>
        <translation>無法讀取筆記檔案 {file}（{document} 的筆記）（{reason}）。該檔案已保留為 {kept}；Duidu 仍保有的筆記已重新儲存。</translation>
    </message>
    <message>
        <source>The notes file {file} could not be read ({reason}). It was kept as {kept}; the notes Duidu still had are saved afresh.</source>
        <translation>無法讀取筆記檔案 {file}（{reason}）。該檔案已保留為 {kept}；Duidu 仍保有的筆記已重新儲存。</translation>
    </message>
    <message>
        <source>its document path is not a path</source>
        <translation>文件路徑不是有效的路徑</translation>
    </message>
    <message>
        <source>its document is not an object</source>
        <translation>文件資訊不是物件</translation>
    </message>
    <message>
        <source>its document hashes are not a list</source>
        <translation>文件雜湊值不是清單</translation>
    </message>
    <message>
        <source>its document hashes are not SHA-256s</source>
        <translation>文件雜湊值不是 SHA-256</translation>
    </message>
    <message>
        <source>it is not a Duidu notes file</source>
        <translation>這不是 Duidu 筆記檔案</translation>
    </message>
    <message>
        <source>its annotations are not a list</source>
        <translation>註解不是清單</translation>
    </message>
    <message>
        <source>it holds more than {count:,} annotations</source>
        <translation>其中的註解超過 {count:,} 則</translation>
    </message>
    <message>
        <source>annotation {number}: {error}</source>
        <translation>第 {number} 則註解：{error}</translation>
    </message>
    <message>
        <source>its emptied-trash records are not an object</source>
        <translation>清空垃圾桶的記錄不是物件</translation>
    </message>
    <message>
        <source>it has too many emptied-trash records</source>
        <translation>清空垃圾桶的記錄太多</translation>
    </message>
    <message>
        <source>These notes name no document (neither a path nor a SHA-256).</source>
        <translation>這些筆記沒有指明文件（既無路徑也無 SHA-256）。</translation>
    </message>
    <message>
        <source>The notes index names one key for two documents; remove {path} and try again.</source>
        <translation>筆記索引中兩個文件使用了同一個鍵；請刪除 {path} 後重試。</translation>
    </message>
    <message>
        <source>A helper process ended before it finished ({how}); try again. If it happens again, the computer may be short of memory.</source>
        <translation>輔助程序在完成工作之前就結束了（{how}）；請再試一次。如果再次發生，可能是電腦記憶體不足。</translation>
    </message>
    <message>
        <source>Something went wrong in the background: {error}.</source>
        <translation>背景工作出錯：{error}。</translation>
    </message>
    <message>
        <source>Could not save {path}: it exists and is not a regular file.</source>
        <translation>無法儲存 {path}：它已存在，且不是一般檔案。</translation>
    </message>
    <message>
        <source>Could not save {name}: the folder {folder} does not exist.</source>
        <translation>無法儲存 {name}：資料夾 {folder} 不存在。</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}.</source>
        <translation>無法儲存 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Your notes file {path} cannot be read ({error}) and could not be moved aside ({reason}); fix or remove it.</source>
        <translation>無法讀取你的筆記檔案 {path}（{error}），也無法將其移到一旁（{reason}）；請修復或刪除它。</translation>
    </message>
    <message>
        <source>Your vocabulary file {path} cannot be read ({error}) and could not be moved aside ({reason}); fix or remove it.</source>
        <translation>無法讀取你的詞彙檔案 {path}（{error}），也無法將其移到一旁（{reason}）；請修復或刪除它。</translation>
    </message>
    <message>
        <source>Your alias file {path} cannot be read ({error}) and could not be moved aside ({reason}); fix or remove it.</source>
        <translation>無法讀取你的別名檔案 {path}（{error}），也無法將其移到一旁（{reason}）；請修復或刪除它。</translation>
    </message>
    <message>
        <source>Your sync point file {path} cannot be read ({error}) and could not be moved aside ({reason}); fix or remove it.</source>
        <translation>無法讀取你的同步點檔案 {path}（{error}），也無法將其移到一旁（{reason}）；請修復或刪除它。</translation>
    </message>
    <message>
        <source>Your {label} file {path} cannot be read ({error}) and could not be moved aside ({reason}); fix or remove it.</source>
        <translation>無法讀取你的 {label} 檔案 {path}（{error}），也無法將其移到一旁（{reason}）；請修復或刪除它。</translation>
    </message>
    <message>
        <source>{label} does not exist (looked for {path}).</source>
        <translation>{label} 不存在（尋找位置：{path}）。</translation>
    </message>
    <message>
        <source>{label} cannot be read: permission denied.</source>
        <translation>無法讀取 {label}：沒有權限。</translation>
    </message>
    <message>
        <source>{label} is larger than {size} MB, the largest file Duidu opens.</source>
        <translation>{label} 大於 {size} MB，超出 Duidu 能開啟的最大檔案。</translation>
    </message>
    <message>
        <source>{label} cannot be opened: {reason}.</source>
        <translation>無法開啟 {label}：{reason}。</translation>
    </message>
    <message>
        <source>{label} cannot be read: {reason}.</source>
        <translation>無法讀取 {label}：{reason}。</translation>
    </message>
    <message>
        <source>{label} is empty.</source>
        <translation>{label} 是空的。</translation>
    </message>
    <message>
        <source>{label} is a folder, not a file.</source>
        <translation>{label} 是資料夾，不是檔案。</translation>
    </message>
    <message>
        <source>OpenCC is not installed. Install it with: pip install opencc-py</source>
        <translation>未安裝 OpenCC。請用以下指令安裝：pip install opencc-py</translation>
    </message>
    <message>
        <source>The installed &apos;opencc&apos; module is none of opencc-py, opencc or opencc-python-reimplemented. Reinstall with: pip install --force-reinstall opencc-py</source>
        <translation>已安裝的「opencc」模組不是 opencc-py、opencc 或 opencc-python-reimplemented 中的任何一個。請用以下指令重新安裝：pip install --force-reinstall opencc-py</translation>
    </message>
    <message>
        <source>OpenCC has no configuration named “{config}”. Known: {known}.</source>
        <translation>OpenCC 沒有名為「{config}」的設定。已知設定：{known}。</translation>
    </message>
    <message>
        <source>OpenCC could not load “{config}”: {error}.</source>
        <translation>OpenCC 無法載入「{config}」：{error}。</translation>
    </message>
    <message>
        <source>OpenCC changed the text length unexpectedly while mapping.</source>
        <translation>OpenCC 在對應時意外改變了文字長度。</translation>
    </message>
    <message>
        <source>an entry has no word</source>
        <translation>有一個條目沒有詞語</translation>
    </message>
    <message>
        <source>the entry for {word} has an invalid replacement</source>
        <translation>{word} 的條目的替換詞無效</translation>
    </message>
    <message>
        <source>Your vocabulary file could not be read ({reason}). It was kept as {kept} and the default vocabulary is used.</source>
        <translation>無法讀取你的詞彙檔案（{reason}）。該檔案已保留為 {kept}，現在使用預設詞彙。</translation>
    </message>
    <message>
        <source>it has no list of entries</source>
        <translation>其中沒有條目清單</translation>
    </message>
    <message>
        <source>“{name}” is too long to compare ({count} characters; Duidu compares texts of up to {limit} characters).</source>
        <translation>「{name}」太長，無法對照（{count} 字；Duidu 可對照的文字最多 {limit} 字）。</translation>
    </message>
    <message>
        <source>Topics need the rjieba package, which is not installed (pip install rjieba).</source>
        <translation>主題分析需要 rjieba 軟體包，但它沒有安裝（pip install rjieba）。</translation>
    </message>
</context>
<context>
    <name>NoteEdits</name>
    <message>
        <source>Add Annotation</source>
        <translation>新增註解</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>編輯註解</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>刪除註解</translation>
    </message>
    <message>
        <source>Delete Annotations</source>
        <translation>刪除多則註解</translation>
    </message>
    <message>
        <source>Restore from Trash</source>
        <translation>從垃圾桶還原</translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>永久刪除</translation>
    </message>
    <message>
        <source>Select the passage in the left pane first, then re-attach.</source>
        <translation>請先在左欄中選擇段落，再重新附加。</translation>
    </message>
    <message>
        <source>Select the passage in the right pane first, then re-attach.</source>
        <translation>請先在右欄中選擇段落，再重新附加。</translation>
    </message>
    <message>
        <source>Re-attach Annotation</source>
        <translation>重新附加註解</translation>
    </message>
    <message>
        <source>Rename Tag to #{tag}</source>
        <translation>將標籤重新命名為 #{tag}</translation>
    </message>
    <message>
        <source>Recolour #{tag}</source>
        <translation>為 #{tag} 重新著色</translation>
    </message>
</context>
<context>
    <name>NotePointer</name>
    <message>
        <source>Links a passage of each article.</source>
        <translation>關聯兩篇文章中的各一段文字。</translation>
    </message>
    <message>
        <source>A highlight without a note. Click to add one.</source>
        <translation>此標示沒有筆記。點選即可新增。</translation>
    </message>
</context>
<context>
    <name>NoteTransfer</name>
    <message>
        <source>Select annotations in the panel first, then copy them.</source>
        <translation>請先在面板中選擇註解，再複製。</translation>
    </message>
    <message>
        <source>Copied 1 annotation as Markdown.</source>
        <translation>已將 1 則註解複製為 Markdown。</translation>
    </message>
    <message>
        <source>Copied {count} annotations as Markdown.</source>
        <translation>已將 {count} 則註解複製為 Markdown。</translation>
    </message>
    <message>
        <source>The notes could not be exported to {path}: {error}</source>
        <translation>無法將筆記匯出到 {path}：{error}</translation>
    </message>
    <message>
        <source>{name} was written without those notes.</source>
        <translation>已寫入 {name}，但不含這些筆記。</translation>
    </message>
    <message>
        <source>Exported every annotation to {name}.</source>
        <translation>已將全部註解匯出到 {name}。</translation>
    </message>
    <message>
        <source>The notes in {name} could not be imported: {error}</source>
        <translation>無法匯入 {name} 中的筆記：{error}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>As the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高對比度</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <source>Script of the left pane</source>
        <translation>左欄的文字</translation>
    </message>
    <message>
        <source>Script of the right pane</source>
        <translation>右欄的文字</translation>
    </message>
    <message>
        <source>&amp;Left pane shows:</source>
        <translation>左欄顯示(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Right pane shows:</source>
        <translation>右欄顯示(&amp;R)：</translation>
    </message>
    <message>
        <source>Reading font</source>
        <translation>閱讀字型</translation>
    </message>
    <message>
        <source>Reading font size</source>
        <translation>閱讀字號</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 點</translation>
    </message>
    <message>
        <source>Reading &amp;font:</source>
        <translation>閱讀字型(&amp;F)：</translation>
    </message>
    <message>
        <source>Line spacing</source>
        <translation>行距</translation>
    </message>
    <message>
        <source>Line &amp;spacing:</source>
        <translation>行距(&amp;S)：</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主題配色</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>配色(&amp;T)：</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>介面語言</translation>
    </message>
    <message>
        <source>The new language is used when Duidu starts again.</source>
        <translation>新語言將在 Duidu 下次啟動時生效。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Highlight shared topics in both texts</source>
        <translation>在兩篇文字中標示共同主題(&amp;H)</translation>
    </message>
    <message>
        <source>Scroll both panes &amp;together</source>
        <translation>兩欄一起捲動(&amp;T)</translation>
    </message>
    <message>
        <source>Clicking a paragraph scrolls the other pane to its &amp;counterpart</source>
        <translation>點按段落時另一欄捲動到其對應段落(&amp;C)</translation>
    </message>
    <message>
        <source>Show &amp;labels under the toolbar&apos;s icons</source>
        <translation>在工具欄圖示下顯示文字(&amp;L)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>資料資料夾</translation>
    </message>
    <message>
        <source>Your notes, aliases, vocabulary and settings are kept here; back it up to keep them.</source>
        <translation>你的筆記、別名、詞彙和設定都儲存在這裡；請備份以免丟失。</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>開啟資料夾(&amp;O)</translation>
    </message>
    <message>
        <source>Show the data folder in the file manager</source>
        <translation>在檔案管理器中顯示資料資料夾</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>資料資料夾(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>搜尋位置(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>檔案類型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <source>Left pane header</source>
        <translation>左欄標題</translation>
    </message>
    <message>
        <source>Right pane header</source>
        <translation>右欄標題</translation>
    </message>
    <message>
        <source>Left pane</source>
        <translation>左欄</translation>
    </message>
    <message>
        <source>Right pane</source>
        <translation>右欄</translation>
    </message>
    <message>
        <source>Script and regional vocabulary shown in this pane</source>
        <translation>本欄顯示的文字和地區用詞</translation>
    </message>
    <message>
        <source>Script of the left text</source>
        <translation>左欄文本的文字</translation>
    </message>
    <message>
        <source>Script of the right text</source>
        <translation>右欄文本的文字</translation>
    </message>
    <message>
        <source>Conversion of the left text</source>
        <translation>左欄文本的轉換</translation>
    </message>
    <message>
        <source>Conversion of the right text</source>
        <translation>右欄文本的轉換</translation>
    </message>
    <message>
        <source>Left text</source>
        <translation>左欄文本</translation>
    </message>
    <message>
        <source>Right text</source>
        <translation>右欄文本</translation>
    </message>
    <message>
        <source>No document open</source>
        <translation>沒有開啟文件</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>正在開啟 {name}…</translation>
    </message>
    <message>
        <source>detecting script…</source>
        <translation>正在偵測文字…</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} 字</translation>
    </message>
    <message>
        <source>{count} paragraphs</source>
        <translation>{count} 段</translation>
    </message>
    <message>
        <source>shown as {script}</source>
        <translation>顯示為{script}</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Open a file here: File ▸ Open, or drop a file on this pane.</source>
        <translation>在此開啟檔案：檔案 ▸ 開啟，或把檔案拖放到本欄。</translation>
    </message>
</context>
<context>
    <name>Scripts</name>
    <message>
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>简体 (mainland)</source>
        <translation>簡體（中國大陸）</translation>
    </message>
    <message>
        <source>繁體 (OpenCC standard)</source>
        <translation>繁體（OpenCC 標準）</translation>
    </message>
    <message>
        <source>繁體·臺灣</source>
        <translation>繁體·臺灣</translation>
    </message>
    <message>
        <source>繁體·臺灣用詞</source>
        <translation>繁體·臺灣用詞</translation>
    </message>
    <message>
        <source>繁體·香港</source>
        <translation>繁體·香港</translation>
    </message>
    <message>
        <source>简体 Simplified</source>
        <translation>簡體</translation>
    </message>
    <message>
        <source>繁體 Traditional</source>
        <translation>繁體</translation>
    </message>
    <message>
        <source>Mixed scripts</source>
        <translation>繁簡混合</translation>
    </message>
    <message>
        <source>No Chinese script detected</source>
        <translation>未偵測到中文</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Filter commands or keys</source>
        <translation>篩選指令或按鍵</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>篩選快速鍵</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Columns of the shortcuts</source>
        <translation>快速鍵的欄</translation>
    </message>
    <message>
        <source>Rows of the shortcuts</source>
        <translation>快速鍵的列</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>指令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快速鍵</translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重新命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Merge Selected…</source>
        <translation>合併所選(&amp;M)…</translation>
    </message>
    <message>
        <source>Re&amp;colour…</source>
        <translation>重新著色(&amp;C)…</translation>
    </message>
    <message>
        <source>Rename the selected tag (select one)</source>
        <translation>重新命名所選標籤（選擇一個）</translation>
    </message>
    <message>
        <source>Merge the selected tags into one (select two or more)</source>
        <translation>將所選標籤合併為一個（選擇兩個或更多）</translation>
    </message>
    <message>
        <source>Give every annotation with the selected tags one colour</source>
        <translation>將帶有所選標籤的所有註解設為同一顏色</translation>
    </message>
    <message>
        <source>Renaming a tag to one that exists merges them. Undo works here too.</source>
        <translation>將標籤重新命名為已有的標籤會合併它們。此處的操作同樣可以復原。</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>重新命名標籤</translation>
    </message>
    <message>
        <source>New name for #{tag}:</source>
        <translation>#{tag} 的新名稱：</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>合併標籤</translation>
    </message>
    <message>
        <source>Merge into:</source>
        <translation>合併為：</translation>
    </message>
    <message>
        <source>Recolour</source>
        <translation>重新著色</translation>
    </message>
    <message>
        <source>Colour for every annotation with these tags:</source>
        <translation>帶有這些標籤的所有註解的顏色：</translation>
    </message>
</context>
<context>
    <name>TopicModel</name>
    <message>
        <source>Topic</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左欄</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右欄</translation>
    </message>
    <message>
        <source>Left ◀ ▶ Right</source>
        <translation>左欄 ◀ ▶ 右欄</translation>
    </message>
</context>
<context>
    <name>TopicsPanel</name>
    <message>
        <source>entity</source>
        <translation>實體</translation>
    </message>
    <message>
        <source>concept</source>
        <translation>概念</translation>
    </message>
    <message>
        <source>{term} ({kind}): {left} in the left article, {right} in the right.</source>
        <translation>{term}（{kind}）：左欄文章中 {left} 次，右欄文章中 {right} 次。</translation>
    </message>
    <message>
        <source>Left writes: {forms}</source>
        <translation>左欄寫作：{forms}</translation>
    </message>
    <message>
        <source>Right writes: {forms}</source>
        <translation>右欄寫作：{forms}</translation>
    </message>
    <message>
        <source>Click to step through its occurrences.</source>
        <translation>點選可逐一檢視它出現的位置。</translation>
    </message>
    <message>
        <source>Topics appear once both articles are open.</source>
        <translation>兩篇文章都開啟後，這裡會列出主題。</translation>
    </message>
    <message>
        <source>Finding the topics</source>
        <translation>正在尋找主題</translation>
    </message>
    <message>
        <source>Highlight topics in both texts</source>
        <translation>在兩篇文本中標示主題</translation>
    </message>
    <message>
        <source>Mark shared wording</source>
        <translation>標出相同措辭</translation>
    </message>
    <message>
        <source>Topic lists</source>
        <translation>主題列表</translation>
    </message>
    <message>
        <source>Shared topics</source>
        <translation>共同主題</translation>
    </message>
    <message>
        <source>Topics both articles discuss, most telling first; Enter steps through one in both texts</source>
        <translation>兩篇文章都討論的主題，最具代表性的排在前面；按 Enter 在兩篇文本中逐一檢視</translation>
    </message>
    <message>
        <source>Columns of shared topics</source>
        <translation>共同主題的欄</translation>
    </message>
    <message>
        <source>Left only</source>
        <translation>僅左欄</translation>
    </message>
    <message>
        <source>Topics only the left article discusses; Enter steps through one in both texts</source>
        <translation>只有左欄文章討論的主題；按 Enter 在兩篇文本中逐一檢視</translation>
    </message>
    <message>
        <source>Columns of left only</source>
        <translation>僅左欄主題的欄</translation>
    </message>
    <message>
        <source>Right only</source>
        <translation>僅右欄</translation>
    </message>
    <message>
        <source>Topics only the right article discusses; Enter steps through one in both texts</source>
        <translation>只有右欄文章討論的主題；按 Enter 在兩篇文本中逐一檢視</translation>
    </message>
    <message>
        <source>Columns of right only</source>
        <translation>僅右欄主題的欄</translation>
    </message>
    <message>
        <source>Rows of topics</source>
        <translation>主題清單的列</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>共同</translation>
    </message>
    <message>
        <source>Written forms of the current topic</source>
        <translation>目前主題的寫法</translation>
    </message>
    <message>
        <source>Current occurrence of the topic</source>
        <translation>主題目前所在的位置</translation>
    </message>
    <message>
        <source>Left {current} of {total}</source>
        <translation>左欄 {current}/{total}</translation>
    </message>
    <message>
        <source>Left none</source>
        <translation>左欄 無</translation>
    </message>
    <message>
        <source>Right {current} of {total}</source>
        <translation>右欄 {current}/{total}</translation>
    </message>
    <message>
        <source>Right none</source>
        <translation>右欄 無</translation>
    </message>
    <message>
        <source>{term}: {positions}</source>
        <translation>{term}：{positions}</translation>
    </message>
    <message>
        <source>{term}: {forms}</source>
        <translation>{term}：{forms}</translation>
    </message>
    <message>
        <source>Shared ({count})</source>
        <translation>共同（{count}）</translation>
    </message>
    <message>
        <source>Left only ({count})</source>
        <translation>僅左欄（{count}）</translation>
    </message>
    <message>
        <source>Right only ({count})</source>
        <translation>僅右欄（{count}）</translation>
    </message>
    <message>
        <source>{shared} shared topics, {aligned} aligned paragraph pairs, {wording} passages of shared wording. Click a topic to step through it in both texts.</source>
        <translation>{shared} 個共同主題，{aligned} 對對應段落，{wording} 處相同措辭。點選主題即可在兩篇文本中逐一檢視。</translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message>
        <source>Every script</source>
        <translation>所有文字</translation>
    </message>
    <message>
        <source>Every Traditional script</source>
        <translation>所有繁體文字</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>詞彙</translation>
    </message>
    <message>
        <source>Words OpenCC converts wrongly in your texts. A word with nothing under “Shown as” is kept exactly as written; otherwise it is shown as you say. Longer words win over shorter ones.</source>
        <translation>OpenCC 在你的文本中轉換錯誤的詞語。「顯示為」一欄留空的詞語完全按原樣保留；否則按你填寫的內容顯示。較長的詞語優先於較短的詞語。</translation>
    </message>
    <message>
        <source>Vocabulary entries</source>
        <translation>詞彙條目</translation>
    </message>
    <message>
        <source>Columns of the vocabulary</source>
        <translation>詞彙的欄</translation>
    </message>
    <message>
        <source>Rows of the vocabulary</source>
        <translation>詞彙的列</translation>
    </message>
    <message>
        <source>Word in the text</source>
        <translation>文本中的詞語</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>顯示為</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>適用於</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>還原預設值</translation>
    </message>
    <message>
        <source>“{word}” spans lines; entries must be one line.</source>
        <translation>「{word}」跨越多行；每個條目必須在一行之內。</translation>
    </message>
</context>
<context>
    <name>WelcomeBar</name>
    <message>
        <source>&lt;b&gt;Welcome to Duidu 对读.&lt;/b&gt; Two articles on one story are open, one in Traditional and one in Simplified script. Three things to try:&lt;ol style=&apos;margin-top:2px; margin-bottom:0&apos;&gt;&lt;li&gt;&lt;b&gt;Switch script&lt;/b&gt;: each pane&apos;s menu above its text converts it (简体, 繁體, 臺灣, 香港); Ctrl+Alt+1 shows both in 简体.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Topics&lt;/b&gt;: the Topics panel lists what both articles discuss; click one to step through it in both texts.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Annotate&lt;/b&gt;: select words and press Ctrl+M to add a note and tags.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;b&gt;歡迎使用 Duidu 對讀。&lt;/b&gt;已開啟講述同一件事的兩篇文章，一篇是繁體，一篇是簡體。可以試試這三件事：&lt;ol style=&apos;margin-top:2px; margin-bottom:0&apos;&gt;&lt;li&gt;&lt;b&gt;切換文字&lt;/b&gt;：每欄文本上方的選單可轉換該欄的文字（简体、繁體、臺灣、香港）；Ctrl+Alt+1 將兩欄都顯示為简体。&lt;/li&gt;&lt;li&gt;&lt;b&gt;主題&lt;/b&gt;：主題面板列出兩篇文章共同討論的內容；點選一個主題，即可在兩篇文本中逐一檢視。&lt;/li&gt;&lt;li&gt;&lt;b&gt;註解&lt;/b&gt;：選取文字後按 Ctrl+M，即可新增筆記和標籤。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>歡迎</translation>
    </message>
    <message>
        <source>Three things to try in Duidu; Got it hides it for good</source>
        <translation>Duidu 中值得一試的三件事；點選「知道了」後不再顯示</translation>
    </message>
    <message>
        <source>Show Both in 简体</source>
        <translation>兩欄都顯示為簡體</translation>
    </message>
    <message>
        <source>Convert both panes to Simplified (Ctrl+Alt+1)</source>
        <translation>將兩欄都轉換為簡體（Ctrl+Alt+1）</translation>
    </message>
    <message>
        <source>Show Topics</source>
        <translation>顯示主題</translation>
    </message>
    <message>
        <source>Bring the Topics panel to the front (Ctrl+T)</source>
        <translation>將主題面板切換到前面（Ctrl+T）</translation>
    </message>
    <message>
        <source>Got It</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>Hide this welcome for good</source>
        <translation>不再顯示此歡迎資訊</translation>
    </message>
</context>
</TS>
