<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ja">
<context>
    <name>Access</name>
    <message>
        <source>オペレーター</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>SV</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>管理者</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>できませんでした（{code}）: {detail}</source>
        <translation>Could not do that ({code}): {detail}</translation>
    </message>
    <message>
        <source>できませんでした: {detail}</source>
        <translation>Could not do that: {detail}</translation>
    </message>
    <message>
        <source>ログイン名</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>権限</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>状態</source>
        <translation>State</translation>
    </message>
    <message>
        <source>サインイン</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>利用中</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>停止</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>パスワード</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>ローカル</source>
        <translation>Local profile</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>このデータベースは新しいバージョンの crmdesk で作成されているため開けません。新しいバージョンの crmdesk を使ってください。データベースは変更していません。</source>
        <translation>This database was created by a newer version of crmdesk and cannot be opened. Please use the newer crmdesk. The database has not been changed.</translation>
    </message>
    <message>
        <source>データベースを開けません。設定したファイルの場所または接続先を確認してください。</source>
        <translation>The database cannot be opened. Check the configured file location or server address.</translation>
    </message>
    <message>
        <source>crmdesk を起動できませんでした。</source>
        <translation>crmdesk could not start.</translation>
    </message>
</context>
<context>
    <name>CallLogDialog</name>
    <message>
        <source>通話記録</source>
        <translation>Call log</translation>
    </message>
    <message>
        <source>区分(&amp;D)</source>
        <translation>&amp;Direction</translation>
    </message>
    <message>
        <source>用件(&amp;G)</source>
        <translation>Cate&amp;gory</translation>
    </message>
    <message>
        <source>内容(&amp;S)</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <source>お客様のご用件と対応内容</source>
        <translation>What the customer asked and what was done</translation>
    </message>
    <message>
        <source>通話時間(&amp;T)</source>
        <translation>Call &amp;time</translation>
    </message>
    <message>
        <source>カードを開いてからの通話タイマーの値です。必要なら直してください。</source>
        <translation>The call timer since the card was opened. Correct it if needed.</translation>
    </message>
    <message>
        <source>折り返し(&amp;F)</source>
        <translation>&amp;Follow-up</translation>
    </message>
    <message>
        <source>折り返し電話の予定日</source>
        <translation>Call back on</translation>
    </message>
</context>
<context>
    <name>CancellationDialog</name>
    <message>
        <source>{product} ×{quantity}（{status}・次回 {next}）</source>
        <translation>{product} ×{quantity} ({status}, next {next})</translation>
    </message>
    <message>
        <source>（理由を選んでください）</source>
        <translation>(choose a reason)</translation>
    </message>
    <message>
        <source>【健康・安全】</source>
        <translation>[health/safety]</translation>
    </message>
    <message>
        <source>この理由に合うトークはありません。</source>
        <translation>No script fits this reason.</translation>
    </message>
    <message>
        <source>トーク: {title}（{code} 第{version}版{arm}）</source>
        <translation>Script: {title} ({code} version {version}{arm})</translation>
    </message>
    <message>
        <source>ご提案は1回のお電話で {cap} 件までです。</source>
        <translation>At most {cap} offers per call.</translation>
    </message>
    <message>
        <source>ご提案は {cap} 件までです。</source>
        <translation>At most {cap} offers.</translation>
    </message>
    <message>
        <source>承諾: {offer}</source>
        <translation>Accepted: {offer}</translation>
    </message>
    <message>
        <source>変更なしで継続</source>
        <translation>Continues unchanged</translation>
    </message>
    <message>
        <source>解約を承る</source>
        <translation>Accept the cancellation</translation>
    </message>
    <message>
        <source>この内容では保存できません（{code}）: {detail}</source>
        <translation>Cannot save this ({code}): {detail}</translation>
    </message>
    <message>
        <source>解約の受付</source>
        <translation>Cancellation call</translation>
    </message>
    <message>
        <source>定期(&amp;D)</source>
        <translation>Subscription (&amp;D)</translation>
    </message>
    <message>
        <source>解約理由(&amp;R)</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>お客様のお話(&amp;T)</source>
        <translation>What the customer said (&amp;T)</translation>
    </message>
    <message>
        <source>例: まだ2袋残っているのでしばらく不要</source>
        <translation>e.g. two packs left, no need for a while</translation>
    </message>
    <message>
        <source>健康・安全に関わる理由です。引き止めは行わず、このまま解約を承ります。SVに製品安全メモが届きます。</source>
        <translation>A health or safety reason: no retention offers; the cancellation is accepted as asked. A product-safety note goes to the supervisors.</translation>
    </message>
    <message>
        <source>ご提案（お伝えしたものに Space でチェック）(&amp;O)</source>
        <translation>&amp;Offers (tick with Space those you presented)</translation>
    </message>
    <message>
        <source>結果(&amp;K)</source>
        <translation>Outcome (&amp;K)</translation>
    </message>
    <message>
        <source>再度解約のご希望(&amp;W)</source>
        <translation>Customer repeated the &amp;wish</translation>
    </message>
    <message>
        <source>ご提案の後もお客様が解約を希望されたら押します。以後は解約の手続きだけを行います（特定商取引法）。</source>
        <translation>Press when the customer still wants to cancel after the offers. From then on only the cancellation is possible (Act on Specified Commercial Transactions).</translation>
    </message>
</context>
<context>
    <name>CancellationRecordDialog</name>
    <message>
        <source>お知らせの保存先</source>
        <translation>Save the letter as</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>解約受付の記録（受付番号 {number:08d}）</source>
        <translation>Cancellation call record (no. {number:08d})</translation>
    </message>
    <message>
        <source>{name} 様（{code}）</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>（記録なし）</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>なし</source>
        <translation>none</translation>
    </message>
    <message>
        <source>トークなし</source>
        <translation>no script</translation>
    </message>
    <message>
        <source>・A/B {arm}</source>
        <translation>, A/B {arm}</translation>
    </message>
    <message>
        <source>{title}（{code} 第{version}版{arm}）</source>
        <translation>{title} ({code} version {version}{arm})</translation>
    </message>
    <message>
        <source>（なし）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>（ご提案なし）</source>
        <translation>(no offers)</translation>
    </message>
    <message>
        <source>お知らせを作成しています…</source>
        <translation>Writing the letter…</translation>
    </message>
    <message>
        <source>保存しました: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>ファイルを書けませんでした: {detail}</source>
        <translation>Could not write the file: {detail}</translation>
    </message>
    <message>
        <source>解約受付の記録</source>
        <translation>Cancellation call record</translation>
    </message>
    <message>
        <source>お申し出と結果</source>
        <translation>Request and outcome</translation>
    </message>
    <message>
        <source>解約理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>お客様のお話</source>
        <translation>Customer&apos;s words</translation>
    </message>
    <message>
        <source>定期購入</source>
        <translation>Subscription</translation>
    </message>
    <message>
        <source>結果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>最初のお申し出</source>
        <translation>First asked</translation>
    </message>
    <message>
        <source>再度のお申し出</source>
        <translation>Asked again</translation>
    </message>
    <message>
        <source>受付完了</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>担当</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>その時のトーク(&amp;T)</source>
        <translation>Script used (&amp;T)</translation>
    </message>
    <message>
        <source>ご提案（✓ はお客様が選んだもの）</source>
        <translation>Offers (✓ = accepted by the customer)</translation>
    </message>
    <message>
        <source>解約手続き完了のお知らせを出力(&amp;P)…</source>
        <translation>Write the cancellation confirmation (&amp;P)…</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>クレーム受付</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <source>分類(&amp;G)</source>
        <translation>Cate&amp;gory</translation>
    </message>
    <message>
        <source>重大度(&amp;V)</source>
        <translation>Se&amp;verity</translation>
    </message>
    <message>
        <source>内容(&amp;S)</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>何があったか、お客様のご要望</source>
        <translation>What happened and what the customer asks for</translation>
    </message>
</context>
<context>
    <name>ComplaintManageDialog</name>
    <message>
        <source>{name}（{role}）</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>対応中のクレームはありません。</source>
        <translation>There is no open complaint.</translation>
    </message>
    <message>
        <source>{category}・{severity}・{status}&#x3000;受付 {opened}（{operator}）</source>
        <translation>{category} · {severity} · {status} — received {opened} ({operator})</translation>
    </message>
    <message>
        <source>エスカレーション先: {name}</source>
        <translation>Escalated to: {name}</translation>
    </message>
    <message>
        <source>解決 {when}: {resolution}</source>
        <translation>Resolved {when}: {resolution}</translation>
    </message>
    <message>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>エスカレーション先</source>
        <translation>Escalated to</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>解決内容</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>保存済みの内容を読み込みました。</source>
        <translation>The saved values were loaded.</translation>
    </message>
    <message>
        <source>クレーム対応</source>
        <translation>Complaint handling</translation>
    </message>
    <message>
        <source>エスカレーション</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <source>担当SV(&amp;V)</source>
        <translation>Super&amp;visor</translation>
    </message>
    <message>
        <source>申し送り(&amp;N)</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>SVへの申し送り事項</source>
        <translation>What the supervisor should know</translation>
    </message>
    <message>
        <source>SVへエスカレーション(&amp;E)</source>
        <translation>&amp;Escalate to supervisor</translation>
    </message>
    <message>
        <source>解決</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>解決内容(&amp;O)</source>
        <translation>Res&amp;olution</translation>
    </message>
    <message>
        <source>どのように解決したか</source>
        <translation>How it was resolved</translation>
    </message>
    <message>
        <source>確認の電話(&amp;C)</source>
        <translation>&amp;Check-back call</translation>
    </message>
    <message>
        <source> 日後</source>
        <translation> days later</translation>
    </message>
    <message>
        <source>解決にして確認の電話を予約(&amp;R)</source>
        <translation>&amp;Resolve and book the check-back call</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>他のオペレーター</source>
        <translation>Another operator</translation>
    </message>
    <message>
        <source>{who} さんが {when} にこの内容を保存しました。あなたの変更はまだ保存されていません。違う項目は黄色で示しています。</source>
        <translation>{who} saved this at {when}. Your changes have not been saved yet. Differences are marked in yellow.</translation>
    </message>
    <message>
        <source>{who} さんがこの内容を先に保存しました。あなたの変更はまだ保存されていません。違う項目は黄色で示しています。</source>
        <translation>{who} saved this first. Your changes have not been saved yet. Differences are marked in yellow.</translation>
    </message>
    <message>
        <source>他のオペレーターが先に保存しました</source>
        <translation>Another operator saved first</translation>
    </message>
    <message>
        <source>「相手の内容を読み込む」で保存済みの内容を表示し直します。「自分の内容で保存し直す」は相手の変更を上書きします。</source>
        <translation>“Load their version” shows the saved values again. “Save mine anyway” overwrites the other operator&apos;s change.</translation>
    </message>
    <message>
        <source>相手の内容を読み込む(&amp;R)</source>
        <translation>&amp;Load their version</translation>
    </message>
    <message>
        <source>自分の内容で保存し直す(&amp;A)</source>
        <translation>Save mine &amp;anyway</translation>
    </message>
    <message>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>項目</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>あなたの内容</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>保存済みの内容</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>CustomerDesk</name>
    <message>
        <source>すべて</source>
        <translation>All</translation>
    </message>
    <message>
        <source>注文</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>対応</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>クレーム</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>解約</source>
        <translation>Cancellations</translation>
    </message>
    <message>
        <source>DM</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>お客様の声</source>
        <translation>Customer voices</translation>
    </message>
    <message>
        <source>定期変更</source>
        <translation>Subscription changes</translation>
    </message>
    <message>
        <source>フラグ</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>{names} さんもこのお客様を表示中です。同時に保存すると、後から保存した方に確認の画面が出ます。</source>
        <translation>{names} also has this customer open. If you both save, whoever saves second is shown the other&apos;s change first.</translation>
    </message>
    <message>
        <source>{name} 様</source>
        <translation>{name}</translation>
    </message>
    <message>
        <source>年齢不明・{gender}</source>
        <translation>Age unknown · {gender}</translation>
    </message>
    <message>
        <source>{age}歳・{gender}（{birth} 生まれ）</source>
        <translation>{age} years · {gender} (born {birth})</translation>
    </message>
    <message numerus="yes">
        <source>未解決クレーム %n件</source>
        <translation>
            <numerusform>%n open complaint</numerusform>
            <numerusform>%n open complaints</numerusform>
        </translation>
    </message>
    <message>
        <source>通話 {time}</source>
        <translation>Call {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n件 表示・読み込み中…</source>
        <translation>
            <numerusform>%n entry shown, loading…</numerusform>
            <numerusform>%n entries shown, loading…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n件</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n件 表示（スクロールで続きを表示）</source>
        <translation>
            <numerusform>%n entry shown (scroll for more)</numerusform>
            <numerusform>%n entries shown (scroll for more)</numerusform>
        </translation>
    </message>
    <message>
        <source>読み込めませんでした（{code}）: {detail}</source>
        <translation>Could not load ({code}): {detail}</translation>
    </message>
    <message>
        <source>読み込めませんでした: {detail}</source>
        <translation>Could not load: {detail}</translation>
    </message>
    <message>
        <source>お客様を検索して Enter で開きます（F2 で検索欄へ、F1 でショートカット一覧）。</source>
        <translation>Search for the customer and press Enter to open the card (F2: search, F1: shortcuts).</translation>
    </message>
    <message>
        <source>お客様のカードを開いてからの通話時間。通話記録の時間に使われます。</source>
        <translation>Time since the card was opened; the call log uses it as the call duration.</translation>
    </message>
    <message>
        <source>お客様は電話を希望されていません。こちらから電話しないでください。</source>
        <translation>The customer does not want to be called. Do not call them.</translation>
    </message>
    <message>
        <source>電話不可</source>
        <translation>No calls</translation>
    </message>
    <message>
        <source>お客様は DM を希望されていません。郵送物を送らないでください。</source>
        <translation>The customer does not want direct mail. Do not send them mail.</translation>
    </message>
    <message>
        <source>DM不要</source>
        <translation>No DM</translation>
    </message>
    <message>
        <source>郵便が戻ってきました。住所を確認するまで郵送しないでください。</source>
        <translation>Mail came back undeliverable. Do not send mail until the address is confirmed.</translation>
    </message>
    <message>
        <source>宛所不明</source>
        <translation>Mail returned</translation>
    </message>
    <message>
        <source>優良顧客です。個別に丁寧な対応をお願いします。</source>
        <translation>A top customer: handle personally and with care.</translation>
    </message>
    <message>
        <source>未解決のクレームがあります。タイムラインで確認してください（Ctrl+Shift+K で開く）。</source>
        <translation>There is an open complaint. See the timeline (Ctrl+Shift+K opens it).</translation>
    </message>
    <message>
        <source>顧客番号</source>
        <translation>Customer no.</translation>
    </message>
    <message>
        <source>年齢・性別</source>
        <translation>Age, gender</translation>
    </message>
    <message>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>電話番号</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>メール</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>ランク</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>定期購入(&amp;U)</source>
        <translation>S&amp;ubscriptions</translation>
    </message>
    <message>
        <source>タイムライン(&amp;L)</source>
        <translation>Time&amp;line</translation>
    </message>
    <message>
        <source>種別</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>表示する種別（Ctrl+1〜Ctrl+9）</source>
        <translation>Kinds shown (Ctrl+1 to Ctrl+9)</translation>
    </message>
    <message>
        <source>Enter で明細を開きます。</source>
        <translation>Enter opens the entry.</translation>
    </message>
</context>
<context>
    <name>CustomerFormDialog</name>
    <message>
        <source>姓</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>名</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>セイ</source>
        <translation>Family name (kana)</translation>
    </message>
    <message>
        <source>メイ</source>
        <translation>Given name (kana)</translation>
    </message>
    <message>
        <source>生年月日</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>性別</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>電話番号1</source>
        <translation>Phone 1</translation>
    </message>
    <message>
        <source>電話番号2</source>
        <translation>Phone 2</translation>
    </message>
    <message>
        <source>メール</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>郵便番号</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>都道府県</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <source>市区町村</source>
        <translation>City</translation>
    </message>
    <message>
        <source>番地</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>建物名</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>メモ</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>新規顧客</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>新しいお客様を登録します。</source>
        <translation>Register a new customer.</translation>
    </message>
    <message>
        <source>顧客情報の編集</source>
        <translation>Edit customer</translation>
    </message>
    <message>
        <source>読み込み中…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>顧客番号 {code}（最終更新: {when} {who}）</source>
        <translation>Customer no. {code} (last saved {when} by {who})</translation>
    </message>
    <message>
        <source>顧客番号 {code}（最終更新: {when}）</source>
        <translation>Customer no. {code} (last saved {when})</translation>
    </message>
    <message>
        <source>保存済みの内容を読み込みました。必要なら直して保存してください。</source>
        <translation>The saved values were loaded. Correct them if needed and save.</translation>
    </message>
    <message>
        <source>保存していません（他のオペレーターの変更があります）。</source>
        <translation>Not saved (another operator changed this customer).</translation>
    </message>
    <message>
        <source>顧客情報</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>姓(&amp;1)</source>
        <translation>Family name (&amp;1)</translation>
    </message>
    <message>
        <source>名(&amp;2)</source>
        <translation>Given name (&amp;2)</translation>
    </message>
    <message>
        <source>セイ（カナ）(&amp;3)</source>
        <translation>Family name, kana (&amp;3)</translation>
    </message>
    <message>
        <source>メイ（カナ）(&amp;4)</source>
        <translation>Given name, kana (&amp;4)</translation>
    </message>
    <message>
        <source>生年月日(&amp;B)</source>
        <translation>&amp;Birth date</translation>
    </message>
    <message>
        <source>例: 1968-04-02</source>
        <translation>e.g. 1968-04-02</translation>
    </message>
    <message>
        <source>性別(&amp;G)</source>
        <translation>&amp;Gender</translation>
    </message>
    <message>
        <source>電話番号1(&amp;P)</source>
        <translation>&amp;Phone 1</translation>
    </message>
    <message>
        <source>例: 090-1234-5678</source>
        <translation>e.g. 090-1234-5678</translation>
    </message>
    <message>
        <source>電話番号2(&amp;Q)</source>
        <translation>Phone 2 (&amp;Q)</translation>
    </message>
    <message>
        <source>メール(&amp;M)</source>
        <translation>E&amp;mail</translation>
    </message>
    <message>
        <source>例: hanako@example.jp</source>
        <translation>e.g. hanako@example.jp</translation>
    </message>
    <message>
        <source>郵便番号(&amp;Z)</source>
        <translation>Postal code (&amp;Z)</translation>
    </message>
    <message>
        <source>例: 100-0001</source>
        <translation>e.g. 100-0001</translation>
    </message>
    <message>
        <source>入力して Enter（または住所検索）で住所を補完します。</source>
        <translation>Type it and press Enter (or Find address) to fill in the address.</translation>
    </message>
    <message>
        <source>住所検索(&amp;A)</source>
        <translation>Find &amp;address</translation>
    </message>
    <message>
        <source>都道府県(&amp;R)</source>
        <translation>P&amp;refecture</translation>
    </message>
    <message>
        <source>市区町村(&amp;C)</source>
        <translation>&amp;City</translation>
    </message>
    <message>
        <source>番地(&amp;S)</source>
        <translation>&amp;Street</translation>
    </message>
    <message>
        <source>建物名(&amp;U)</source>
        <translation>B&amp;uilding</translation>
    </message>
    <message>
        <source>メモ(&amp;O)</source>
        <translation>N&amp;ote</translation>
    </message>
</context>
<context>
    <name>CustomerResultsModel</name>
    <message>
        <source>顧客番号</source>
        <translation>Customer no.</translation>
    </message>
    <message>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>カナ</source>
        <translation>Kana</translation>
    </message>
    <message>
        <source>電話番号</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>ランク</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>電話不可</source>
        <translation>No calls</translation>
    </message>
    <message>
        <source>DM不要</source>
        <translation>No DM</translation>
    </message>
    <message>
        <source>宛所不明</source>
        <translation>Mail returned</translation>
    </message>
    <message>
        <source>お客様は電話を希望されていません。こちらから電話しないでください。</source>
        <translation>The customer does not want to be called. Do not call them.</translation>
    </message>
    <message>
        <source>お客様は DM を希望されていません。郵送物を送らないでください。</source>
        <translation>The customer does not want direct mail. Do not send them mail.</translation>
    </message>
    <message>
        <source>郵便が戻ってきました。住所を確認するまで郵送しないでください。</source>
        <translation>Mail came back undeliverable. Do not send mail until the address is confirmed.</translation>
    </message>
    <message>
        <source>新規</source>
        <translation>New</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>シルバー</source>
        <translation>Silver</translation>
    </message>
    <message>
        <source>ゴールド</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
</context>
<context>
    <name>ExclusionsModel</name>
    <message>
        <source>顧客番号</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <source>お名前</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>送付しない理由</source>
        <translation>Reason not sent</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>入力してください。</source>
        <translation>Please fill in this field.</translation>
    </message>
    <message>
        <source>正しい形式で入力してください。</source>
        <translation>Please check the format.</translation>
    </message>
    <message>
        <source>未来の日付は入力できません。</source>
        <translation>A date in the future is not allowed.</translation>
    </message>
    <message>
        <source>過去の日付は指定できません。</source>
        <translation>A date in the past is not allowed.</translation>
    </message>
    <message>
        <source>見つかりません。</source>
        <translation>Not found.</translation>
    </message>
    <message>
        <source>長すぎます。短くしてください。</source>
        <translation>Too long; please shorten it.</translation>
    </message>
    <message>
        <source>範囲外の値です。</source>
        <translation>Out of range.</translation>
    </message>
    <message>
        <source>現在と同じ値です。</source>
        <translation>This is the current value already.</translation>
    </message>
    <message>
        <source>この操作はできません。</source>
        <translation>This is not possible.</translation>
    </message>
    <message>
        <source>電話番号1と同じ番号です。</source>
        <translation>Same number as phone 1.</translation>
    </message>
    <message>
        <source>電話番号ではありません（数字と - のみ）。</source>
        <translation>Not a phone number (digits and - only).</translation>
    </message>
    <message>
        <source>電話番号を少なくとも1つ入力してください。</source>
        <translation>Please enter at least one phone number.</translation>
    </message>
    <message>
        <source>郵便番号は7桁の数字で入力してください（例: 100-0001）。</source>
        <translation>A postal code has 7 digits (e.g. 100-0001).</translation>
    </message>
    <message>
        <source>この郵便番号は存在しません。</source>
        <translation>This postal code does not exist.</translation>
    </message>
    <message>
        <source>生年月日は 1968-04-02 の形で入力してください。</source>
        <translation>Write the birth date as 1968-04-02.</translation>
    </message>
    <message>
        <source>生年月日が未来の日付になっています。</source>
        <translation>The birth date is in the future.</translation>
    </message>
    <message>
        <source>生年月日は1900年以降で入力してください。</source>
        <translation>The birth date must be 1900 or later.</translation>
    </message>
    <message>
        <source>姓を入力してください。</source>
        <translation>Please enter the family name.</translation>
    </message>
    <message>
        <source>セイ（カナ）を入力してください。</source>
        <translation>Please enter the family name in kana.</translation>
    </message>
    <message>
        <source>カナ（またはひらがな）で入力してください。</source>
        <translation>Please write it in katakana (or hiragana).</translation>
    </message>
    <message>
        <source>メールアドレスの形式が正しくありません。</source>
        <translation>This is not a valid email address.</translation>
    </message>
    <message>
        <source>都道府県を一覧から選んでください。</source>
        <translation>Please choose a prefecture from the list.</translation>
    </message>
    <message>
        <source>お客様のお申し出の理由を入力してください（記録が必要です）。</source>
        <translation>Please enter the reason the customer gave (it must be recorded).</translation>
    </message>
    <message>
        <source>掲載許可がある場合は掲載名を入力してください。</source>
        <translation>With publication consent, a display name is required.</translation>
    </message>
    <message>
        <source>SV または管理者を選んでください。</source>
        <translation>Please choose a supervisor or an administrator.</translation>
    </message>
    <message>
        <source>対応内容を入力してください。</source>
        <translation>Please enter what the call was about.</translation>
    </message>
    <message>
        <source>折り返しの予定日が今日より前です。</source>
        <translation>The call-back date is before today.</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <source>DM不要に設定します。以後このお客様にはDM・レターを送りません（特定商取引法: お申し出があれば直ちに停止）。</source>
        <translation>Set “No DM”: no more direct mail or letters to this customer (the Act on Specified Commercial Transactions requires stopping at once on request).</translation>
    </message>
    <message>
        <source>DM不要を解除します。DMの送付を再開します。</source>
        <translation>Clear “No DM”: direct mail is sent again.</translation>
    </message>
    <message>
        <source>電話不可に設定します。以後こちらからお電話しません。</source>
        <translation>Set “No calls”: we will not call this customer any more.</translation>
    </message>
    <message>
        <source>電話不可を解除します。お電話の案内を再開します。</source>
        <translation>Clear “No calls”: calls to the customer may resume.</translation>
    </message>
    <message>
        <source>DM不要に設定</source>
        <translation>Set “No DM”</translation>
    </message>
    <message>
        <source>DM不要を解除</source>
        <translation>Clear “No DM”</translation>
    </message>
    <message>
        <source>電話不可に設定</source>
        <translation>Set “No calls”</translation>
    </message>
    <message>
        <source>電話不可を解除</source>
        <translation>Clear “No calls”</translation>
    </message>
    <message>
        <source>フラグの変更</source>
        <translation>Change a flag</translation>
    </message>
    <message>
        <source>理由(&amp;R)</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>お客様のお申し出の内容</source>
        <translation>What the customer asked for</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>取り出し中のフォローがあります。結果を記録するか、Esc で戻してください。</source>
        <extracomment>How long the call has run (the desk&apos;s call timer); the window sets it.</extracomment>
        <translation>A follow-up is in your hands. Record its result or give it back with Esc.</translation>
    </message>
    <message>
        <source>かけ直す日時は今より後にしてください。</source>
        <translation>The call-back time must be later than now.</translation>
    </message>
    <message>
        <source>自分の担当（{n}）</source>
        <translation>Mine ({n})</translation>
    </message>
    <message>
        <source>共有キュー（{n}）</source>
        <translation>Shared queue ({n})</translation>
    </message>
    <message>
        <source>いまかけるフォローはありません。</source>
        <translation>No follow-up is due now.</translation>
    </message>
    <message>
        <source>次回 {due}</source>
        <translation>next {due}</translation>
    </message>
    <message>
        <source>お手紙に切り替え</source>
        <translation>switched to a letter</translation>
    </message>
    <message>
        <source>{name} 様: {result} を記録しました（{detail}）。F8 で次のフォローへ。</source>
        <translation>{name}: recorded {result} ({detail}). F8 takes the next follow-up.</translation>
    </message>
    <message>
        <source>{name} 様のフォローをキューに戻しました。</source>
        <translation>The follow-up of {name} is back in the queue.</translation>
    </message>
    <message>
        <source>F8 でいちばん上のフォローを取り出します。</source>
        <translation>F8 takes the top follow-up.</translation>
    </message>
    <message>
        <source>{name} 様（{code}）— {rule}・{attempt} 回目（上限 {max} 回）</source>
        <translation>{name} ({code}) — {rule}, attempt {attempt} (at most {max})</translation>
    </message>
    <message>
        <source>理由: {why}</source>
        <translation>Why: {why}</translation>
    </message>
    <message>
        <source>この取り出しは {until} まで有効です（放置すると {minutes} 分でキューに戻ります）。</source>
        <translation>This claim holds until {until} (left alone, it returns to the queue after {minutes} minutes).</translation>
    </message>
    <message>
        <source>フォローの操作ができませんでした（{detail}）</source>
        <translation>The follow-up could not be changed ({detail})</translation>
    </message>
    <message>
        <source>フォローのキューを読めませんでした（{detail}）</source>
        <translation>The follow-up queue could not be read ({detail})</translation>
    </message>
</context>
<context>
    <name>FollowUpQueue</name>
    <message>
        <source>いちばん上のフォローを取り出して、お客様の画面を開きます（F8）。</source>
        <translation>Take the top follow-up and open the customer (F8).</translation>
    </message>
    <message>
        <source>次のフォロー (F8)</source>
        <translation>Next follow-up (F8)</translation>
    </message>
    <message>
        <source>自分の担当</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>共有キュー</source>
        <translation>Shared queue</translation>
    </message>
    <message>
        <source>通話中のフォロー</source>
        <translation>Follow-up in progress</translation>
    </message>
    <message>
        <source>トーク</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>メモ(&amp;O)</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>通話の要点（結果と一緒に記録されます）</source>
        <translation>Gist of the call (recorded with the result)</translation>
    </message>
    <message>
        <source>かけ直す日時(&amp;W)</source>
        <translation>Call back &amp;when</translation>
    </message>
    <message>
        <source>話せた (Alt+1)</source>
        <translation>Reached (Alt+1)</translation>
    </message>
    <message>
        <source>不在 (Alt+2)</source>
        <translation>No answer (Alt+2)</translation>
    </message>
    <message>
        <source>かけ直し (Alt+3)</source>
        <translation>Call back (Alt+3)</translation>
    </message>
    <message>
        <source>注文いただいた (Alt+4)</source>
        <translation>Ordered (Alt+4)</translation>
    </message>
    <message>
        <source>お断り (Alt+5)</source>
        <translation>Declined (Alt+5)</translation>
    </message>
    <message>
        <source>番号違い (Alt+6)</source>
        <translation>Wrong number (Alt+6)</translation>
    </message>
    <message>
        <source>電話しないでほしい (Alt+7)</source>
        <translation>Asked not to be called (Alt+7)</translation>
    </message>
    <message>
        <source>かけずにキューへ戻します（Esc）。</source>
        <translation>Give it back to the queue without calling (Esc).</translation>
    </message>
    <message>
        <source>戻す (Esc)</source>
        <translation>Give back (Esc)</translation>
    </message>
</context>
<context>
    <name>FollowUpRules</name>
    <message>
        <source>電話</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>手紙</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>初回購入のみで、初回分がなくなる頃のお客様</source>
        <translation>First-time buyers whose first supply is running out</translation>
    </message>
    <message>
        <source>次回購入予定日を猶予日数以上過ぎたお客様</source>
        <translation>Customers past their expected next purchase by the grace days</translation>
    </message>
    <message>
        <source>休眠（最終購入から段階の日数が過ぎた）お客様</source>
        <translation>Dormant customers (the tier&apos;s days since the last purchase)</translation>
    </message>
    <message>
        <source>クレームが解決したお客様</source>
        <translation>Customers whose complaint was resolved</translation>
    </message>
    <message>
        <source>誕生日が近いお客様</source>
        <translation>Customers with a birthday coming up</translation>
    </message>
    <message>
        <source>定期のお届けが節目の回数になったお客様</source>
        <translation>Subscribers at a delivery milestone</translation>
    </message>
    <message>
        <source>しばらく連絡のない優良顧客</source>
        <translation>Top customers not contacted for a while</translation>
    </message>
    <message>
        <source>条件「{part}」が読めません。「名前 = 値」の形で入力してください。</source>
        <translation>The condition &quot;{part}&quot; cannot be read. Type it as &quot;name = value&quot;.</translation>
    </message>
    <message>
        <source>条件 {name} の値「{value}」は整数か true / false にしてください。</source>
        <translation>The value &quot;{value}&quot; of {name} must be a whole number or true / false.</translation>
    </message>
</context>
<context>
    <name>FollowUpRulesDialog</name>
    <message>
        <source>（停止中）</source>
        <translation>(off)</translation>
    </message>
    <message>
        <source>ルールを保存しました（記録に残りました）。</source>
        <translation>The rules are saved (and audited).</translation>
    </message>
    <message>
        <source>保存できませんでした: この画面を開いた後に、別のSVがルールを保存しました（{code}）。この画面の変更はまだ残っています。保存されたルールを読み込む（この画面の変更は破棄）か、自分の内容で上書き保存するかを選んでください。</source>
        <translation>Not saved: another supervisor saved the rules after this window was opened ({code}). Your changes are still here. Choose to load the saved rules (your changes are discarded) or to save yours over them.</translation>
    </message>
    <message>
        <source>保存できませんでした（{detail}）</source>
        <translation>Could not save ({detail})</translation>
    </message>
    <message>
        <source>ルールを読めませんでした（{detail}）</source>
        <translation>Could not read the rules ({detail})</translation>
    </message>
    <message>
        <source>フォロールールの編集</source>
        <translation>Follow-up rules</translation>
    </message>
    <message>
        <source>ルールを選んで項目を直し、「保存」を押してください。保存は全ルールまとめて確認され、記録（監査ログ）に残ります。対象者の種類は変えられません（条件の値は変えられます）。</source>
        <translation>Choose a rule, change its fields and press Save. Saving checks all rules together and is audited. The kind of selection cannot change (its values can).</translation>
    </message>
    <message>
        <source>コード</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>名前(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>対象者</source>
        <translation>Selects</translation>
    </message>
    <message>
        <source>条件(&amp;R)</source>
        <translation>Conditions (&amp;R)</translation>
    </message>
    <message>
        <source>対象者の条件を「名前 = 値」で、カンマ区切りで入力します（例: tier = 1）。</source>
        <translation>Conditions of the selection as &quot;name = value&quot;, separated by commas (e.g. tier = 1).</translation>
    </message>
    <message>
        <source>手段(&amp;H)</source>
        <translation>C&amp;hannel</translation>
    </message>
    <message>
        <source>優先度(&amp;P)</source>
        <translation>&amp;Priority</translation>
    </message>
    <message>
        <source>大きいほど先にかけます（折り返し 50、クレーム後確認 80）。</source>
        <translation>Higher is called first (call-back 50, post-complaint check 80).</translation>
    </message>
    <message>
        <source>連絡後の間隔（日）(&amp;D)</source>
        <translation>Cool-&amp;down after contact (days)</translation>
    </message>
    <message>
        <source>この日数以内に電話やDMがあったお客様には作りません。</source>
        <translation>No follow-up for a customer called or mailed within these days.</translation>
    </message>
    <message>
        <source>引き止めトーク(&amp;S)</source>
        <translation>&amp;Script</translation>
    </message>
    <message>
        <source>トークのコード（空欄なら下のトーク文を表示）</source>
        <translation>Script code (empty: the script text below is shown)</translation>
    </message>
    <message>
        <source>トーク文(&amp;T)</source>
        <translation>Script &amp;text</translation>
    </message>
    <message>
        <source>このルールを使う(&amp;A)</source>
        <translation>Rule is &amp;active</translation>
    </message>
    <message>
        <source>電話不可のお客様には手紙にする</source>
        <translation>A letter instead for customers who may not be called</translation>
    </message>
    <message>
        <source>不在が上限回数続いたら手紙にする</source>
        <translation>A letter after the maximum of unanswered calls</translation>
    </message>
    <message>
        <source>注文があれば自動で閉じる</source>
        <translation>Close automatically when the customer orders</translation>
    </message>
    <message>
        <source>もう一人のSVが保存したルールを読み込みます。この画面での変更は破棄されます。</source>
        <translation>Load the rules the other supervisor saved. The changes made in this window are discarded.</translation>
    </message>
    <message>
        <source>保存されたルールを読み込む(&amp;R)</source>
        <translation>&amp;Reload the saved rules</translation>
    </message>
    <message>
        <source>この画面の内容で、もう一人のSVが保存したルールを置き換えます。</source>
        <translation>Replace the rules the other supervisor saved with what this window shows.</translation>
    </message>
    <message>
        <source>自分の内容で上書き保存(&amp;O)</source>
        <translation>&amp;Overwrite with mine</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>F2フォロー（2回目購入のご案内）</source>
        <extracomment>Rows of a queue fetched at a time (the view asks for more as the operator scrolls). Points added to the application font for the script the operator reads out. How often the dock re-reads its queues while it is shown (other desks claim and finish). The results in the order of their buttons and of Alt+1…Alt+7.</extracomment>
        <translation>F2 follow-up (second purchase)</translation>
    </message>
    <message>
        <source>定期のお届けが途切れたお客様</source>
        <translation>Lapsing subscriber</translation>
    </message>
    <message>
        <source>購入間隔を過ぎたリピーター</source>
        <translation>Repeat buyer past their interval</translation>
    </message>
    <message>
        <source>休眠90日の掘り起こし</source>
        <translation>Dormant 90 days: reactivation</translation>
    </message>
    <message>
        <source>休眠180日の掘り起こしDM</source>
        <translation>Dormant 180 days: reactivation DM</translation>
    </message>
    <message>
        <source>休眠365日の掘り起こしDM</source>
        <translation>Dormant 365 days: reactivation DM</translation>
    </message>
    <message>
        <source>クレーム解決後の確認電話</source>
        <translation>Check-back call after a complaint</translation>
    </message>
    <message>
        <source>お誕生日のお祝いレター</source>
        <translation>Birthday letter</translation>
    </message>
    <message>
        <source>お届け3回目のお礼</source>
        <translation>Thank-you for the 3rd delivery</translation>
    </message>
    <message>
        <source>お届け6回目のお礼</source>
        <translation>Thank-you for the 6th delivery</translation>
    </message>
    <message>
        <source>お届け12回目のお礼（1年）</source>
        <translation>Thank-you for the 12th delivery (one year)</translation>
    </message>
    <message>
        <source>優良顧客の定期ご挨拶</source>
        <translation>VIP personal care</translation>
    </message>
    <message>
        <source>折り返しのお電話</source>
        <translation>Promised call-back</translation>
    </message>
    <message>
        <source>折り返し</source>
        <translation>Call-back</translation>
    </message>
    <message>
        <source>期日</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>ルール</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>お客様</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>回数</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>未対応</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>対応中</source>
        <translation>Claimed</translation>
    </message>
    <message>
        <source>完了</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>終了</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>対応中（{until} まで）</source>
        <translation>Claimed (until {until})</translation>
    </message>
    <message>
        <source>個別対応</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>話せた</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>不在</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>かけ直し</source>
        <translation>Call back</translation>
    </message>
    <message>
        <source>注文いただいた</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <source>お断り</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>番号違い</source>
        <translation>Wrong number</translation>
    </message>
    <message>
        <source>電話しないでほしい</source>
        <translation>Asked not to be called</translation>
    </message>
</context>
<context>
    <name>FollowUpsReport</name>
    <message>
        <source>話せた</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>不在</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>かけ直し</source>
        <translation>Call back</translation>
    </message>
    <message>
        <source>注文</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <source>お断り</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>番号違い</source>
        <translation>Wrong number</translation>
    </message>
    <message>
        <source>電話不可</source>
        <translation>Do not call</translation>
    </message>
    <message>
        <source>ルール</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>未対応</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>対応中</source>
        <translation>Claimed</translation>
    </message>
    <message>
        <source>完了</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>終了</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>期間内に作成</source>
        <translation>Created in period</translation>
    </message>
    <message>
        <source>注文につながった</source>
        <translation>Led to an order</translation>
    </message>
    <message>
        <source>成約率</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>期日</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>お客様</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>顧客番号</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>回数</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>オペレーター</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>本日の結果</source>
        <translation>Results today</translation>
    </message>
    <message>
        <source>期間内の結果</source>
        <translation>Results in period</translation>
    </message>
    <message>
        <source>本日の内訳</source>
        <translation>Today by result</translation>
    </message>
    <message>
        <source>期間内の内訳</source>
        <translation>Period by result</translation>
    </message>
    <message>
        <source>電話</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>手紙</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>方法</source>
        <translation>Channel</translation>
    </message>
</context>
<context>
    <name>FollowUpsReportDialog</name>
    <message>
        <source>集計しています…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>割り当てる行と担当者を選んでください。</source>
        <translation>Select the rows to assign and an operator.</translation>
    </message>
    <message>
        <source>{n} 件を {name} さんの個別対応にしました。</source>
        <translation>{n} follow-up(s) assigned to {name} for personal handling.</translation>
    </message>
    <message>
        <source>別のSVが先に担当者を決めたものがありました（{code}）。一覧を読み直しました。</source>
        <translation>Another supervisor had already assigned some of them ({code}). The list has been read again.</translation>
    </message>
    <message>
        <source>担当者未定の個別対応（{n}）</source>
        <translation>Personal, no operator ({n})</translation>
    </message>
    <message>
        <source>ルールを実行しています…</source>
        <translation>Running the rules…</translation>
    </message>
    <message>
        <source>{today} 現在: 未対応・対応中 {open} 件、うち期限切れ {overdue} 件（一覧は古い順に 20 件）。成約 = フォロー作成から {days} 日以内のご注文（直近 {period} 日に作成した分）。</source>
        <translation>As of {today}: {open} open or claimed, {overdue} of them overdue (the list shows the oldest 20). Conversion = an order within {days} days of the follow-up (follow-ups created in the last {period} days).</translation>
    </message>
    <message>
        <source>期限切れ（{n}）</source>
        <translation>Overdue ({n})</translation>
    </message>
    <message>
        <source>できませんでした（{detail}）</source>
        <translation>Failed ({detail})</translation>
    </message>
    <message>
        <source>フォローの状況（SV）</source>
        <translation>Follow-ups (supervisor)</translation>
    </message>
    <message>
        <source>集計期間（日）(&amp;D)</source>
        <translation>Period (&amp;days)</translation>
    </message>
    <message>
        <source>表示を更新(&amp;L)</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>ルールを今すぐ実行して、新しいフォローを作り、不要になったものを閉じます。</source>
        <translation>Run the rules now: create new follow-ups and close those no longer needed.</translation>
    </message>
    <message>
        <source>今すぐ更新(&amp;U)</source>
        <translation>Run r&amp;ules now</translation>
    </message>
    <message>
        <source>ルール別</source>
        <translation>By rule</translation>
    </message>
    <message>
        <source>期限切れ</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>オペレーター別</source>
        <translation>By operator</translation>
    </message>
    <message>
        <source>担当者未定の個別対応</source>
        <translation>Personal, no operator</translation>
    </message>
    <message>
        <source>優良顧客（VIP）の個別対応で、担当者が決まっていないものです。担当者を決めるまで、どのオペレーターの「次のフォロー」（F8）にも出てきません。</source>
        <translation>Personal (VIP) follow-ups that no operator is assigned to. Until one is assigned, they come up in no operator&apos;s Next follow-up (F8).</translation>
    </message>
    <message>
        <source>担当者(&amp;A)</source>
        <translation>&amp;Assign to</translation>
    </message>
    <message>
        <source>選んだ行を、選んだオペレーターの個別対応にします。</source>
        <translation>Make the selected rows personal follow-ups of the chosen operator.</translation>
    </message>
    <message>
        <source>担当に割り当て(&amp;S)</source>
        <translation>A&amp;ssign</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>注文</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>対応</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>クレーム</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>解約</source>
        <translation>Cancellation</translation>
    </message>
    <message>
        <source>DM</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>お客様の声</source>
        <translation>Customer voice</translation>
    </message>
    <message>
        <source>定期変更</source>
        <translation>Subscription change</translation>
    </message>
    <message>
        <source>フラグ</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>入電</source>
        <translation>Inbound</translation>
    </message>
    <message>
        <source>架電</source>
        <translation>Outbound</translation>
    </message>
    <message>
        <source>問い合わせ</source>
        <translation>Inquiry</translation>
    </message>
    <message>
        <source>変更</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>その他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>電話</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>メール</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>手紙</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>チャット</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>商品</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>配送</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>請求</source>
        <translation>Billing</translation>
    </message>
    <message>
        <source>軽度</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>中程度</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>重大</source>
        <translation>High</translation>
    </message>
    <message>
        <source>未解決</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>エスカレーション中</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>解決済み</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>受付</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>発送済み</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <source>お届け済み</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>キャンセル</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>返品・受取拒否</source>
        <translation>Returned / refused</translation>
    </message>
    <message>
        <source>継続中</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>休止中</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>解約済み</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>対応中</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>引き止め成功</source>
        <translation>Retained</translation>
    </message>
    <message>
        <source>内容変更で継続</source>
        <translation>Kept with a change</translation>
    </message>
    <message>
        <source>商品が余っている</source>
        <translation>Too much stock left</translation>
    </message>
    <message>
        <source>効果を実感できない</source>
        <translation>No effect felt</translation>
    </message>
    <message>
        <source>価格が高い・経済的理由</source>
        <translation>Too expensive</translation>
    </message>
    <message>
        <source>肌・体質に合わない</source>
        <translation>Does not suit skin or health</translation>
    </message>
    <message>
        <source>他社商品に切り替え</source>
        <translation>Switched to another brand</translation>
    </message>
    <message>
        <source>引っ越し・長期不在</source>
        <translation>Moving or away</translation>
    </message>
    <message>
        <source>飲み忘れ・使い忘れ</source>
        <translation>Forgets to use it</translation>
    </message>
    <message>
        <source>家族の反対</source>
        <translation>Family objects</translation>
    </message>
    <message>
        <source>定期の縛りが嫌</source>
        <translation>Dislikes the commitment</translation>
    </message>
    <message>
        <source>対応への不満</source>
        <translation>Unhappy with our service</translation>
    </message>
    <message>
        <source>サンクスレター</source>
        <extracomment>What a batch or a letter is (crmdesk.domain.letters.DocumentKind).</extracomment>
        <translation>Thank-you letter</translation>
    </message>
    <message>
        <source>休眠顧客フォローDM</source>
        <translation>Dormant customer DM</translation>
    </message>
    <message>
        <source>フォローDM</source>
        <translation>Follow-up DM</translation>
    </message>
    <message>
        <source>お届け回数記念レター</source>
        <translation>Delivery milestone letter</translation>
    </message>
    <message>
        <source>お客様の声チラシ</source>
        <translation>Customer-voice flyer</translation>
    </message>
    <message>
        <source>解約手続き完了のお知らせ</source>
        <translation>Cancellation confirmation</translation>
    </message>
    <message>
        <source>バースデーカード</source>
        <translation>Birthday card</translation>
    </message>
    <message>
        <source>解約のご案内</source>
        <translation>Cancellation confirmation</translation>
    </message>
    <message>
        <source>VIP（個別対応）</source>
        <translation>VIP (personal handling)</translation>
    </message>
    <message>
        <source>クールダウン期間内に連絡済み</source>
        <translation>Contacted within the cool-down</translation>
    </message>
    <message>
        <source>未解決のクレームあり</source>
        <translation>Open complaint</translation>
    </message>
    <message>
        <source>住所なし</source>
        <translation>No address</translation>
    </message>
    <message>
        <source>同一世帯に送付済み（このバッチ）</source>
        <translation>Same household already in this batch</translation>
    </message>
    <message>
        <source>宛名ラベル</source>
        <translation>Address labels</translation>
    </message>
    <message>
        <source>長形3号封筒</source>
        <translation>Naga-3 envelopes</translation>
    </message>
    <message>
        <source>お詫び・ご確認の手紙</source>
        <translation>Apology / check-back letter</translation>
    </message>
    <message>
        <source>定期開始</source>
        <translation>Subscription started</translation>
    </message>
    <message>
        <source>スキップ</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>周期変更</source>
        <translation>Cycle change</translation>
    </message>
    <message>
        <source>休止</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>再開</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>次回お届け日変更</source>
        <translation>Next ship date change</translation>
    </message>
    <message>
        <source>数量変更</source>
        <translation>Quantity change</translation>
    </message>
    <message>
        <source>商品変更</source>
        <translation>Product change</translation>
    </message>
    <message>
        <source>DM不要</source>
        <extracomment>Why a customer of a batch gets no letter (crmdesk.domain.segments.ExclusionReason).</extracomment>
        <translation>No DM</translation>
    </message>
    <message>
        <source>電話不可</source>
        <translation>No calls</translation>
    </message>
    <message>
        <source>メール不要</source>
        <translation>No email</translation>
    </message>
    <message>
        <source>宛所不明</source>
        <translation>Mail returned</translation>
    </message>
    <message>
        <source>設定</source>
        <translation>set</translation>
    </message>
    <message>
        <source>解除</source>
        <translation>cleared</translation>
    </message>
    <message>
        <source>新規</source>
        <translation>New</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>シルバー</source>
        <translation>Silver</translation>
    </message>
    <message>
        <source>ゴールド</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>女性</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>男性</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>不明</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>オペレーター</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>SV</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>管理者</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>LetterBatchDialog</name>
    <message>
        <source>Shift_JIS（CP932）</source>
        <extracomment>Pages of the preview (the first letters of the batch). (code, title, kind) of every template.</extracomment>
        <translation>Shift_JIS (CP932)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>（テンプレートなし）</source>
        <translation>(no template)</translation>
    </message>
    <message>
        <source>セグメントの既定（{code}）</source>
        <translation>Segment&apos;s default ({code})</translation>
    </message>
    <message>
        <source>種類の既定</source>
        <translation>Kind&apos;s default</translation>
    </message>
    <message>
        <source>条件が変わりました。もう一度「候補を確認」を押してください。</source>
        <translation>The choices changed. Press Check candidates again.</translation>
    </message>
    <message>
        <source>候補を確認しています…</source>
        <translation>Checking candidates…</translation>
    </message>
    <message>
        <source>送付 {letters} 名・送付しない {excluded} 名{reasons}</source>
        <translation>{letters} to send, {excluded} not sent{reasons}</translation>
    </message>
    <message>
        <source>印刷するページはありません。</source>
        <translation>There are no pages to print.</translation>
    </message>
    <message>
        <source>候補を確認できませんでした。</source>
        <translation>The candidates could not be checked.</translation>
    </message>
    <message>
        <source>印刷しています…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>中止しています…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>{letters} 通（{pages} ページ）を出力し、記録しました（バッチ {batch}）。</source>
        <translation>{letters} letters ({pages} pages) written and recorded (batch {batch}).</translation>
    </message>
    <message>
        <source>PDF: {path}</source>
        <translation>PDF: {path}</translation>
    </message>
    <message>
        <source>宛名リスト: {path}</source>
        <translation>Mailing list: {path}</translation>
    </message>
    <message>
        <source>Shift_JIS にない文字を〓にしたお客様: {codes}</source>
        <translation>Customers with characters outside Shift_JIS (written as 〓): {codes}</translation>
    </message>
    <message>
        <source>DM・手紙の一括印刷</source>
        <translation>Batch printing of DM and letters</translation>
    </message>
    <message>
        <source>書類の種類(&amp;K)</source>
        <translation>&amp;Kind of document</translation>
    </message>
    <message>
        <source>セグメント(&amp;S)</source>
        <translation>&amp;Segment</translation>
    </message>
    <message>
        <source>テンプレート(&amp;T)</source>
        <translation>&amp;Template</translation>
    </message>
    <message>
        <source>基準日(&amp;D)</source>
        <translation>Business &amp;date</translation>
    </message>
    <message>
        <source>件数の上限(&amp;L)</source>
        <translation>&amp;Limit</translation>
    </message>
    <message>
        <source>上限なし</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>特典コード(&amp;O)</source>
        <translation>&amp;Offer code</translation>
    </message>
    <message>
        <source>候補を確認(&amp;P)</source>
        <translation>Check candidates (&amp;P)</translation>
    </message>
    <message>
        <source>条件を選んで「候補を確認」を押すと、送付する人数と、送付しないお客様とその理由が表示されます。</source>
        <translation>Choose and press Check candidates: you see how many letters go out, and which customers get none and why.</translation>
    </message>
    <message>
        <source>送付しないお客様(&amp;X)</source>
        <translation>E&amp;xcluded customers</translation>
    </message>
    <message>
        <source>印刷イメージ（最初の数ページ）</source>
        <translation>Print preview (first pages)</translation>
    </message>
    <message>
        <source>前のページ</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>次のページ</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>出力</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>PDFに保存(&amp;F)</source>
        <translation>Save as PD&amp;F</translation>
    </message>
    <message>
        <source>プリンターで印刷(&amp;R)</source>
        <translation>Print on a p&amp;rinter</translation>
    </message>
    <message>
        <source>宛名リストCSVも保存(&amp;M)</source>
        <translation>Also save the &amp;mailing list CSV</translation>
    </message>
    <message>
        <source>実行(&amp;E)…</source>
        <translation>&amp;Run…</translation>
    </message>
    <message>
        <source>中止(&amp;C)</source>
        <translation>&amp;Cancel run</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>印刷しています…</source>
        <extracomment>The template chosen first.</extracomment>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>印刷し、対応履歴に記録しました。</source>
        <translation>Printed and recorded on the timeline.</translation>
    </message>
    <message>
        <source>PDFを作成しています…</source>
        <translation>Writing the PDF…</translation>
    </message>
    <message>
        <source>保存し、対応履歴に記録しました: {path}</source>
        <translation>Saved and recorded on the timeline: {path}</translation>
    </message>
    <message>
        <source>このお客様には手紙を送れません（{reason}）。印刷も対応履歴への記録もできません。</source>
        <translation>No letter may be sent to this customer ({reason}). Nothing can be printed or recorded.</translation>
    </message>
    <message>
        <source>（印刷しません）</source>
        <translation>(not printed)</translation>
    </message>
    <message>
        <source>手紙の印刷</source>
        <translation>Print a letter</translation>
    </message>
    <message>
        <source>テンプレート(&amp;T)</source>
        <translation>&amp;Template</translation>
    </message>
    <message>
        <source>特典コード(&amp;O)</source>
        <translation>&amp;Offer code</translation>
    </message>
    <message>
        <source>印刷イメージ</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>前のページ</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>次のページ</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>印刷(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>PDFに保存(&amp;S)…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
</context>
<context>
    <name>LetterOutput</name>
    <message>
        <source>PDFの保存先</source>
        <extracomment>Resolution of the on-screen preview: an A4 page is about 830 pixels high.</extracomment>
        <translation>Save the PDF as</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>宛名リストの保存先</source>
        <translation>Save the mailing list as</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>テンプレートの誤り</source>
        <translation>Template error</translation>
    </message>
    <message>
        <source>ファイルを書けませんでした: {detail}</source>
        <translation>The file could not be written: {detail}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>検索中…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>着信 {number}: 開いている画面を閉じると表示します。</source>
        <translation>Incoming call {number}: shown when the open dialog is closed.</translation>
    </message>
    <message>
        <source>設定を保存しました。表示言語は次回の起動時に反映されます。</source>
        <translation>Settings saved. The language changes at the next start.</translation>
    </message>
    <message>
        <source>フォロー更新中…</source>
        <translation>Updating follow-ups…</translation>
    </message>
    <message>
        <source>フォロー更新 {at}: 作成 {created}・終了 {closed}・未対応 {open}</source>
        <translation>Follow-ups updated {at}: {created} created, {closed} closed, {open} open</translation>
    </message>
    <message>
        <source>フォロー更新に失敗しました（{detail}）</source>
        <translation>Updating the follow-ups failed ({detail})</translation>
    </message>
    <message>
        <source>お客様を登録しました。</source>
        <translation>The customer was registered.</translation>
    </message>
    <message>
        <source>このお客様の情報が更新されたため、表示を更新しました。</source>
        <translation>This customer was changed at another desk; the card has been refreshed.</translation>
    </message>
    <message>
        <source>他の端末の変更を受け取れません（再接続中）。F5 で最新の表示にできます。</source>
        <translation>Changes from other desks are not arriving (reconnecting). Press F5 for the latest data.</translation>
    </message>
    <message>
        <source>オペレーター: {name}（{role}） | DB: {db} | スキーマ: {revision}</source>
        <translation>Operator: {name} ({role}) | DB: {db} | Schema: {revision}</translation>
    </message>
    <message numerus="yes">
        <source>上位 %n 件</source>
        <translation>
            <numerusform>Top %n hit</numerusform>
            <numerusform>Top %n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 件</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message>
        <source>検索できませんでした（{code}）: {detail}</source>
        <translation>Search failed ({code}): {detail}</translation>
    </message>
    <message>
        <source>検索できませんでした: {detail}</source>
        <translation>Search failed: {detail}</translation>
    </message>
    <message>
        <source>crmdesk について</source>
        <translation>About crmdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;crmdesk {version}&lt;/h3&gt;&lt;p&gt;単品リピート通販のための顧客対応デスク&lt;/p&gt;&lt;p&gt;データベース: {db}（{backend}、スキーマ {revision}）&lt;br&gt;Qt {qt}&lt;/p&gt;&lt;p&gt;フォント: IPAex ゴシック・IPAex 明朝（IPA フォントライセンス v1.0）&lt;/p&gt;</source>
        <translation>&lt;h3&gt;crmdesk {version}&lt;/h3&gt;&lt;p&gt;Customer service desk for repeat mail-order businesses&lt;/p&gt;&lt;p&gt;Database: {db} ({backend}, schema {revision})&lt;br&gt;Qt {qt}&lt;/p&gt;&lt;p&gt;Fonts: IPAex Gothic, IPAex Mincho (IPA Font License v1.0)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>crmdesk — 顧客対応デスク</source>
        <translation>crmdesk — Customer Service Desk</translation>
    </message>
    <message>
        <source>検索(&amp;S)</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>入力すると検索します。Enter で先頭の顧客を選択、↓ で一覧へ移動します。</source>
        <translation>Searches as you type. Enter selects the first customer, ↓ moves to the list.</translation>
    </message>
    <message>
        <source>電話番号・氏名・カナ・顧客番号・注文番号で検索</source>
        <translation>Search by phone, name, kana, customer no. or order no.</translation>
    </message>
    <message>
        <source>ファイル(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>顧客(&amp;C)</source>
        <translation>&amp;Customer</translation>
    </message>
    <message>
        <source>表示(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>管理(&amp;A)</source>
        <translation>&amp;Admin</translation>
    </message>
    <message>
        <source>ヘルプ(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>フォロー(&amp;W)</source>
        <translation>Follo&amp;w-ups</translation>
    </message>
    <message>
        <source>SV(&amp;P)</source>
        <translation>Su&amp;pervisor</translation>
    </message>
    <message>
        <source>フォロー</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>新規顧客(&amp;N)…</source>
        <translation>&amp;New customer…</translation>
    </message>
    <message>
        <source>表示設定(&amp;S)…</source>
        <translation>&amp;Display settings…</translation>
    </message>
    <message>
        <source>パスワードの変更(&amp;P)…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>共有設定(&amp;S)…</source>
        <translation>&amp;Shared settings…</translation>
    </message>
    <message>
        <source>すべての端末に共通の設定（SV・管理者のみ）</source>
        <translation>Settings shared by every desk (supervisors and administrators only)</translation>
    </message>
    <message>
        <source>オペレーター管理(&amp;O)…</source>
        <translation>&amp;Operators…</translation>
    </message>
    <message>
        <source>検索欄へ移動(&amp;F)</source>
        <translation>Go to search (&amp;F)</translation>
    </message>
    <message>
        <source>タイムラインへ移動(&amp;L)</source>
        <translation>Go to time&amp;line</translation>
    </message>
    <message>
        <source>通話記録(&amp;C)…</source>
        <translation>Log a &amp;call…</translation>
    </message>
    <message>
        <source>クレーム受付(&amp;K)…</source>
        <translation>New complaint (&amp;K)…</translation>
    </message>
    <message>
        <source>未解決クレームを開く(&amp;O)…</source>
        <translation>&amp;Open unresolved complaint…</translation>
    </message>
    <message>
        <source>お客様の声(&amp;V)…</source>
        <translation>Customer &amp;voice…</translation>
    </message>
    <message>
        <source>顧客情報の編集(&amp;E)…</source>
        <translation>&amp;Edit customer…</translation>
    </message>
    <message>
        <source>DM不要の設定・解除(&amp;M)…</source>
        <translation>No D&amp;M on/off…</translation>
    </message>
    <message>
        <source>電話不可の設定・解除(&amp;T)…</source>
        <translation>No calls on/off (&amp;T)…</translation>
    </message>
    <message>
        <source>定期変更(&amp;U)…</source>
        <translation>Change s&amp;ubscription…</translation>
    </message>
    <message>
        <source>解約の受付…</source>
        <translation>Cancellation call…</translation>
    </message>
    <message>
        <source>手紙の印刷(&amp;P)…</source>
        <translation>&amp;Print a letter…</translation>
    </message>
    <message>
        <source>DM・手紙の一括印刷…</source>
        <translation>Batch printing of DM and letters…</translation>
    </message>
    <message>
        <source>手紙テンプレートの編集…</source>
        <translation>Letter templates…</translation>
    </message>
    <message>
        <source>引き止めトークと解約理由の編集…</source>
        <translation>Edit retention scripts and reasons…</translation>
    </message>
    <message>
        <source>引き止めの効果（レポート）…</source>
        <translation>Retention results (report)…</translation>
    </message>
    <message>
        <source>製品安全メモの確認…</source>
        <translation>Product-safety notes…</translation>
    </message>
    <message>
        <source>再読み込み(&amp;R)</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>タイムライン: すべて</source>
        <translation>Timeline: all</translation>
    </message>
    <message>
        <source>タイムライン: 注文</source>
        <translation>Timeline: orders</translation>
    </message>
    <message>
        <source>タイムライン: 対応</source>
        <translation>Timeline: contacts</translation>
    </message>
    <message>
        <source>タイムライン: クレーム</source>
        <translation>Timeline: complaints</translation>
    </message>
    <message>
        <source>タイムライン: 解約</source>
        <translation>Timeline: cancellations</translation>
    </message>
    <message>
        <source>タイムライン: DM</source>
        <translation>Timeline: mail</translation>
    </message>
    <message>
        <source>タイムライン: お客様の声</source>
        <translation>Timeline: customer voices</translation>
    </message>
    <message>
        <source>タイムライン: 定期変更</source>
        <translation>Timeline: subscription changes</translation>
    </message>
    <message>
        <source>タイムライン: フラグ</source>
        <translation>Timeline: flags</translation>
    </message>
    <message>
        <source>ショートカット一覧(&amp;K)</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>終了(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>バージョン情報(&amp;A)</source>
        <translation>&amp;About crmdesk</translation>
    </message>
    <message>
        <source>フォローのキューを表示(&amp;Q)</source>
        <translation>Show the follow-up &amp;queue</translation>
    </message>
    <message>
        <source>次のフォロー(&amp;N)</source>
        <translation>&amp;Next follow-up</translation>
    </message>
    <message>
        <source>取り出したフォローを戻す(&amp;B)</source>
        <translation>Give the claimed follow-up &amp;back</translation>
    </message>
    <message>
        <source>結果: 話せた</source>
        <translation>Result: reached</translation>
    </message>
    <message>
        <source>結果: 不在（あとでかけ直す）</source>
        <translation>Result: no answer (retry later)</translation>
    </message>
    <message>
        <source>結果: かけ直し（日時指定）</source>
        <translation>Result: call back (at a set time)</translation>
    </message>
    <message>
        <source>結果: 注文いただいた</source>
        <translation>Result: ordered</translation>
    </message>
    <message>
        <source>結果: お断り</source>
        <translation>Result: declined</translation>
    </message>
    <message>
        <source>結果: 番号違い</source>
        <translation>Result: wrong number</translation>
    </message>
    <message>
        <source>結果: 電話しないでほしい（電話不可にする）</source>
        <translation>Result: asked not to be called (sets do-not-call)</translation>
    </message>
    <message>
        <source>フォローの状況…</source>
        <translation>Follow-up status…</translation>
    </message>
    <message>
        <source>フォロールールの編集…</source>
        <translation>Follow-up rules…</translation>
    </message>
</context>
<context>
    <name>OperatorFormDialog</name>
    <message>
        <source>オペレーターの追加</source>
        <translation>Add an operator</translation>
    </message>
    <message>
        <source>パスワードの設定</source>
        <translation>Set the password</translation>
    </message>
    <message>
        <source>権限の変更</source>
        <translation>Change the role</translation>
    </message>
    <message>
        <source>{name}（{login}）</source>
        <translation>{name} ({login})</translation>
    </message>
    <message>
        <source>確認用のパスワードが一致しません。</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>オペレーター</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>氏名(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>ログイン名(&amp;L)</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <source>権限(&amp;R)</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>パスワード(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>パスワード（確認）(&amp;C)</source>
        <translation>&amp;Confirm password</translation>
    </message>
</context>
<context>
    <name>OperatorsDialog</name>
    <message>
        <source>オペレーター管理</source>
        <translation>Operators</translation>
    </message>
    <message>
        <source>追加(&amp;A)…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>パスワード再設定(&amp;P)…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <source>権限の変更(&amp;R)…</source>
        <translation>Change &amp;role…</translation>
    </message>
    <message>
        <source>利用停止／再開(&amp;D)</source>
        <translation>&amp;Deactivate / reactivate</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>{name} 様（{code}）</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>他のオペレーターが先に保存しました。閉じて開き直してください（{code}）。</source>
        <translation>Another operator saved first. Close and open again ({code}).</translation>
    </message>
    <message>
        <source>保存できませんでした（{code}）: {detail}</source>
        <translation>Could not save ({code}): {detail}</translation>
    </message>
    <message>
        <source>保存できませんでした: {detail}</source>
        <translation>Could not save: {detail}</translation>
    </message>
</context>
<context>
    <name>RetentionReportDialog</name>
    <message>
        <source>トーク別</source>
        <translation>By script</translation>
    </message>
    <message>
        <source>理由別</source>
        <translation>By reason</translation>
    </message>
    <message>
        <source>オペレーター別</source>
        <translation>By operator</translation>
    </message>
    <message>
        <source>月別</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>引き止めの効果</source>
        <translation>Retention results</translation>
    </message>
    <message>
        <source>開始日(&amp;F)</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>集計(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>引き止め率の幅は Wilson の95%信頼区間。件数が少ない行は幅が広く、差を読み取れません。</source>
        <translation>The save-rate range is the Wilson 95% confidence interval. Rows with few calls have wide ranges: differences there mean little.</translation>
    </message>
</context>
<context>
    <name>RetentionReportModel</name>
    <message>
        <source>受付件数</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>引き止め件数</source>
        <translation>Saves</translation>
    </message>
    <message>
        <source>引き止め率</source>
        <translation>Save rate</translation>
    </message>
    <message>
        <source>95%信頼区間</source>
        <translation>95% CI</translation>
    </message>
    <message>
        <source>次回受取（判明分）</source>
        <translation>Took next delivery (known)</translation>
    </message>
    <message>
        <source>3周期後も継続（判明分）</source>
        <translation>Active 3 cycles later (known)</translation>
    </message>
    <message>
        <source>トーク（版）</source>
        <translation>Script (version)</translation>
    </message>
    <message>
        <source>タイトル</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>解約理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>オペレーター</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>月</source>
        <translation>Month</translation>
    </message>
</context>
<context>
    <name>SafetyNotesDialog</name>
    <message>
        <source>未確認 {open} 件／全 {all} 件</source>
        <translation>{open} unreviewed of {all}</translation>
    </message>
    <message>
        <source>確認済みにしました（未確認 {open} 件）。</source>
        <translation>Marked reviewed ({open} unreviewed left).</translation>
    </message>
    <message>
        <source>製品安全メモ</source>
        <translation>Product-safety notes</translation>
    </message>
    <message>
        <source>健康・安全に関わる理由で解約されたお客様の記録です。未確認のものが上に並びます。内容を確かめたら「確認済みにする」を押してください。</source>
        <translation>Customers who cancelled for a health or safety reason. Unreviewed notes come first. Once you have looked into one, mark it reviewed.</translation>
    </message>
    <message>
        <source>お客様のお話(&amp;D)</source>
        <translation>Customer&apos;s wor&amp;ds</translation>
    </message>
    <message>
        <source>確認済みにする(&amp;K)</source>
        <translation>Mar&amp;k reviewed</translation>
    </message>
    <message>
        <source>再読み込み(&amp;R)</source>
        <translation>&amp;Reload</translation>
    </message>
</context>
<context>
    <name>SafetyNotesModel</name>
    <message>
        <source>状態</source>
        <translation>State</translation>
    </message>
    <message>
        <source>受付日時</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>お客様</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>商品</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>お客様のお話</source>
        <translation>Customer&apos;s words</translation>
    </message>
    <message>
        <source>受付担当</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>確認</source>
        <translation>Reviewed by</translation>
    </message>
    <message>
        <source>確認済み</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>未確認</source>
        <translation>Unreviewed</translation>
    </message>
</context>
<context>
    <name>ScriptEditorDialog</name>
    <message>
        <source>引き止めトークと解約理由の編集</source>
        <translation>Retention scripts and reasons</translation>
    </message>
    <message>
        <source>引き止めトーク</source>
        <translation>Retention scripts</translation>
    </message>
    <message>
        <source>解約理由</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>変更内容のメモ(&amp;M)</source>
        <translation>Change &amp;memo</translation>
    </message>
    <message>
        <source>新しい版として保存(&amp;S)</source>
        <translation>&amp;Save as a new version</translation>
    </message>
    <message>
        <source>新しいトーク(&amp;N)</source>
        <translation>&amp;New script</translation>
    </message>
    <message>
        <source>使用を終了(&amp;E)</source>
        <translation>R&amp;etire</translation>
    </message>
    <message>
        <source>code は記録に残るため変更しないでください。一覧から外した理由は選べなくなり、health = true の理由ではオファーを出さずに解約を承ります。</source>
        <translation>Do not change a code: records keep it. A reason removed from the list can no longer be chosen; for a reason with health = true no offers are made and the cancellation is accepted.</translation>
    </message>
    <message>
        <source>解約理由を保存(&amp;R)</source>
        <translation>Save the &amp;reasons</translation>
    </message>
    <message>
        <source>（終了）</source>
        <translation>(retired)</translation>
    </message>
    <message>
        <source>{code} 第{version}版（保存すると第{next}版になります）</source>
        <translation>{code} version {version} (saving makes version {next})</translation>
    </message>
    <message>
        <source>新しいトーク（code は英小文字で一意に）</source>
        <translation>New script (code: unique, lower-case letters)</translation>
    </message>
    <message>
        <source>{code} を第{version}版として保存しました。</source>
        <translation>Saved {code} as version {version}.</translation>
    </message>
    <message>
        <source>解約理由を保存しました。</source>
        <translation>Reasons saved.</translation>
    </message>
    <message>
        <source>他のSVが先に保存しました。開き直してください。</source>
        <translation>Another supervisor saved first. Open it again.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>保存すると初期配置に戻します。</source>
        <translation>The default layout is restored when you save.</translation>
    </message>
    <message>
        <source>設定</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>表示言語(&amp;L)</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>表示言語の変更は次回の起動時に反映されます。</source>
        <translation>A new language applies at the next start of crmdesk.</translation>
    </message>
    <message>
        <source>ウィンドウ配置</source>
        <translation>Window layout</translation>
    </message>
    <message>
        <source>ウィンドウの大きさと区切りの位置は終了時に記憶されます。</source>
        <translation>The window size and the splitter positions are remembered when you quit.</translation>
    </message>
    <message>
        <source>初期配置に戻す(&amp;W)</source>
        <translation>Restore the default layout (&amp;W)</translation>
    </message>
</context>
<context>
    <name>SharedSettingsDialog</name>
    <message>
        <source>共有設定の項目はまだありません。</source>
        <translation>There are no shared settings yet.</translation>
    </message>
    <message>
        <source>共有設定</source>
        <translation>Shared settings</translation>
    </message>
    <message>
        <source>ここでの設定は、このデータベースを使うすべての端末に適用されます。</source>
        <translation>These settings apply to every desk that uses this database.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>ショートカット一覧</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>マウスを使わずにすべての操作ができます。</source>
        <translation>Everything can be done without the mouse.</translation>
    </message>
</context>
<context>
    <name>ShortcutsModel</name>
    <message>
        <source>キー</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>検索欄: 先頭のお客様を開く／一覧: そのお客様を開く／タイムライン: 明細を開く</source>
        <translation>Search field: open the best match / list: open that customer / timeline: open the entry</translation>
    </message>
    <message>
        <source>検索欄から検索結果の一覧へ</source>
        <translation>From the search field to the results</translation>
    </message>
    <message>
        <source>検索欄を空にする／ダイアログを閉じる</source>
        <translation>Clear the search field / close a dialog</translation>
    </message>
    <message>
        <source>ダイアログで保存</source>
        <translation>Save in a dialog</translation>
    </message>
    <message>
        <source>次／前の入力欄へ</source>
        <translation>Next / previous field</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>接続先: {db}</source>
        <translation>Database: {db}</translation>
    </message>
    <message>
        <source>最初の管理者を登録</source>
        <translation>Register the first administrator</translation>
    </message>
    <message>
        <source>このデータベースにはまだ管理者がいません。あなたを管理者として登録します。ほかのオペレーターは、登録後に［管理］→［オペレーター管理］で追加します。</source>
        <translation>This database has no administrator yet. You will be registered as its administrator; add the other operators afterwards under Admin → Operators.</translation>
    </message>
    <message>
        <source>確認用のパスワードが一致しません。</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>ログイン名またはパスワードが違うか、利用停止中のアカウントです。</source>
        <translation>The login or the password is wrong, or the account is closed.</translation>
    </message>
    <message>
        <source>crmdesk にサインイン</source>
        <translation>Sign in to crmdesk</translation>
    </message>
    <message>
        <source>氏名(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>ログイン名(&amp;L)</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <source>パスワード(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>パスワード（確認）(&amp;C)</source>
        <translation>&amp;Confirm password</translation>
    </message>
</context>
<context>
    <name>SubscriptionDialog</name>
    <message>
        <source>次回お届け日の変更</source>
        <translation>Change the next ship date</translation>
    </message>
    <message>
        <source>次回スキップ</source>
        <translation>Skip the next delivery</translation>
    </message>
    <message>
        <source>お届け周期の変更</source>
        <translation>Change the cycle</translation>
    </message>
    <message>
        <source>休止</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>再開</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>数量の変更</source>
        <translation>Change the quantity</translation>
    </message>
    <message>
        <source>商品の変更</source>
        <translation>Change the product</translation>
    </message>
    <message>
        <source>この定期の今の状態（解約済み・休止中など）ではこの変更はできません。</source>
        <translation>This change is not possible in the subscription&apos;s current state (cancelled, paused…).</translation>
    </message>
    <message>
        <source>{product} ×{quantity}（{status}）</source>
        <translation>{product} ×{quantity} ({status})</translation>
    </message>
    <message>
        <source>{status}（{until}まで）</source>
        <translation>{status} (until {until})</translation>
    </message>
    <message>
        <source>{product} ×{quantity}・{cycle}日ごと・次回 {next}・{count}回お届け済み・{status}</source>
        <translation>{product} ×{quantity} · every {cycle} days · next {next} · {count} deliveries · {status}</translation>
    </message>
    <message>
        <source>定期の内容</source>
        <translation>Subscription</translation>
    </message>
    <message>
        <source>あなたの変更</source>
        <translation>Your change</translation>
    </message>
    <message>
        <source>保存済みの内容を読み込みました。必要なら変更し直してください。</source>
        <translation>The saved values were loaded. Make the change again if still needed.</translation>
    </message>
    <message>
        <source>定期変更</source>
        <translation>Change subscription</translation>
    </message>
    <message>
        <source>定期(&amp;D)</source>
        <translation>Subscription (&amp;D)</translation>
    </message>
    <message>
        <source>現在</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>変更内容(&amp;C)</source>
        <translation>&amp;Change</translation>
    </message>
    <message>
        <source>変更後</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>次回のお届けを1回スキップします（次回お届け日が1周期後ろにずれます）。</source>
        <translation>Skips the next delivery once (the next ship date moves one cycle later).</translation>
    </message>
    <message>
        <source> 日ごと</source>
        <translation> days</translation>
    </message>
    <message>
        <source>休止する期限</source>
        <translation>Pause until</translation>
    </message>
    <message>
        <source>再開後の次回お届け日</source>
        <translation>Next ship date after resuming</translation>
    </message>
    <message>
        <source>理由(&amp;R)</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>お客様のお申し出の内容</source>
        <translation>What the customer asked for</translation>
    </message>
</context>
<context>
    <name>SubscriptionModel</name>
    <message>
        <source>商品</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>お届け周期</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>次回お届け日</source>
        <translation>Next ship date</translation>
    </message>
    <message>
        <source>お届け回数</source>
        <translation>Deliveries</translation>
    </message>
    <message>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{days}日ごと</source>
        <translation>every {days} days</translation>
    </message>
    <message>
        <source>{n}回</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>{status}（{until}まで）</source>
        <translation>{status} (until {until})</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>差し込みに使えるもの: {names}</source>
        <translation>Placeholders you can use: {names}</translation>
    </message>
    <message>
        <source>（編集済み 第{version}版）</source>
        <translation>(edited, version {version})</translation>
    </message>
    <message>
        <source>（読めません）</source>
        <translation>(cannot be read)</translation>
    </message>
    <message>
        <source>{code}: 第{version}版（{who}、{when}）。保存すると第{next}版になります。</source>
        <translation>{code}: version {version} ({who}, {when}). Saving makes version {next}.</translation>
    </message>
    <message>
        <source>{code}: 出荷時の内容。保存すると第{next}版になり、すべての端末で使われます。</source>
        <translation>{code}: as shipped. Saving makes version {next}, used by every desk.</translation>
    </message>
    <message>
        <source>お客様番号を入力してください（例: C0000001）。</source>
        <translation>Type a customer code (e.g. C0000001).</translation>
    </message>
    <message>
        <source>プレビューを作成しています…</source>
        <translation>Making the preview…</translation>
    </message>
    <message>
        <source>{name} 様（{code}）</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>{caption}: このお客様には送付されません（{reason}）。</source>
        <translation>{caption}: this customer would get no letter ({reason}).</translation>
    </message>
    <message>
        <source>（プレビューできません）</source>
        <translation>(no preview)</translation>
    </message>
    <message>
        <source>{code} を第{version}版として保存しました。</source>
        <translation>{code} saved as version {version}.</translation>
    </message>
    <message>
        <source>{code} を出荷時の内容に戻しました。</source>
        <translation>{code} is back to what was shipped.</translation>
    </message>
    <message>
        <source>他のSVが先に保存しました。内容を確かめてから開き直してください（{code}）。</source>
        <translation>Another supervisor saved first. Check their change and open it again ({code}).</translation>
    </message>
    <message>
        <source>手紙テンプレートの編集</source>
        <translation>Letter templates</translation>
    </message>
    <message>
        <source>変更の説明(&amp;N)</source>
        <translation>&amp;Note on the change</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>出荷時の内容に戻す(&amp;O)</source>
        <translation>Back to the &amp;original</translation>
    </message>
    <message>
        <source>お客様番号(&amp;U)</source>
        <translation>C&amp;ustomer code</translation>
    </message>
    <message>
        <source>プレビュー(&amp;V)</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>印刷イメージ</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>前のページ</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>次のページ</source>
        <translation>Next page</translation>
    </message>
</context>
<context>
    <name>TimelineEntryDialog</name>
    <message>
        <source>{kind}の明細</source>
        <translation>{kind} details</translation>
    </message>
    <message>
        <source>{kind}・{when}・番号 {ref}</source>
        <translation>{kind} · {when} · no. {ref}</translation>
    </message>
    <message>
        <source>（本文なし）</source>
        <translation>(no text)</translation>
    </message>
    <message>
        <source>明細</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>日時</source>
        <translation>When</translation>
    </message>
    <message>
        <source>種別</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>What</translation>
    </message>
    <message>
        <source>詳細</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>注文 {number}</source>
        <translation>Order {number}</translation>
    </message>
    <message>
        <source>{direction}・{category}</source>
        <translation>{direction} · {category}</translation>
    </message>
    <message>
        <source>{category}・{severity}・{status}</source>
        <translation>{category} · {severity} · {status}</translation>
    </message>
    <message>
        <source>{reason} → {outcome}</source>
        <translation>{reason} → {outcome}</translation>
    </message>
    <message>
        <source>（掲載名なし）</source>
        <translation>(no display name)</translation>
    </message>
    <message>
        <source>（定期{n}回目）</source>
        <translation>(delivery {n})</translation>
    </message>
</context>
<context>
    <name>VoiceDialog</name>
    <message>
        <source>お客様の声</source>
        <translation>Customer voice</translation>
    </message>
    <message>
        <source>お客様の声(&amp;V)</source>
        <translation>&amp;Voice</translation>
    </message>
    <message>
        <source>お客様のお言葉をそのまま</source>
        <translation>The customer&apos;s own words</translation>
    </message>
    <message>
        <source>掲載</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>掲載許可あり(&amp;P)（チラシ等への掲載にお客様が同意）</source>
        <translation>&amp;Publication consent (the customer agrees to be quoted on flyers)</translation>
    </message>
    <message>
        <source>掲載名(&amp;N)</source>
        <translation>Display &amp;name</translation>
    </message>
    <message>
        <source>例: 50代・女性・東京都 K.S様</source>
        <translation>e.g. 50代・女性・東京都 K.S様</translation>
    </message>
    <message>
        <source>お客様が同意した掲載名。読み上げて確認してください。</source>
        <translation>The name the customer agreed to be quoted under. Read it out to confirm.</translation>
    </message>
    <message>
        <source>タグ(&amp;T)</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <source>例: 効果, 味</source>
        <translation>e.g. effect, taste</translation>
    </message>
</context>
</TS>
